// Number formatting for the human-readable `formula` strings of engine/init.

/** Six significant digits, no trailing zeros, exponent form for very small or large values. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e-4 && a < 1e7) return String(Number(x.toPrecision(6)));
  const [m, e] = x.toExponential(5).split('e');
  return `${String(Number(m))}e${e}`;
}

/** A shape as Python writes it: (256, 512), with ? for unknown sizes. */
export function fmtShape(shape: readonly (number | undefined)[]): string {
  const parts = shape.map((d) => (d === undefined ? '?' : String(d)));
  return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
}
