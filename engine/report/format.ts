// Text helpers of the propagation report: numbers, HTML and Markdown escaping.

/** Four significant digits, no trailing zeros, exponent form outside [1e-3, 1e5); '—' when absent. */
export function formatNumber(x: number | undefined): string {
  if (x === undefined) return '—';
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '-∞';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e-3 && a < 1e5) return String(Number(x.toPrecision(4)));
  const [m, e] = x.toExponential(3).split('e');
  return `${String(Number(m))}e${e}`;
}

/** A count (fan-in, fan-out): the integer itself; '—' when absent. */
export function formatInt(x: number | undefined): string {
  if (x === undefined) return '—';
  return Number.isInteger(x) ? String(x) : formatNumber(x);
}

/** A fraction in [0, 1] as a percentage with up to one decimal: 0.125 -> 12.5%. */
export function formatFraction(x: number | undefined): string {
  if (x === undefined) return '—';
  if (!Number.isFinite(x)) return formatNumber(x);
  return `${String(Number((x * 100).toFixed(1)))}%`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Escapes text for Markdown (a table cell or a line): HTML as entities, pipes, emphasis, newlines. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([|`*_[\]#])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}
