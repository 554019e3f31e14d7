// Compact numbers for hovers and inlay hints: 3 significant digits, exponent form when tiny or huge.
export function short(x: number): string {
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : Number.isNaN(x) ? '?' : '-inf';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 0.01 && a < 1e4) return a >= 100 ? x.toFixed(0) : x.toPrecision(3);
  return x.toExponential(1).replace('e+', 'e');
}
