// The report's sentences shared by the HTML captions and the Markdown report: a stack's
// input-output Jacobian (engine/analysis/isometry.ts predicts it, the probe measures it), and what
// the schemes that keep a residual stream steady would give instead.
import type { ReportJacobian, ReportSpectrum, ReportStream } from '../analysis/report-data';
import { nearIsometry } from '../theory';
import { formatNumber } from './format';

function spectrumWords(s: ReportSpectrum): string {
  const parts: string[] = [];
  const p = s.predicted;
  const m = s.measured;
  if (p) parts.push(`predicted mean squared singular value ${formatNumber(p.meanSquare)}, spread ${formatNumber(p.spread)}`);
  if (m) {
    const rows = m.rows === m.outputs ? `all ${m.outputs} rows` : `${m.rows} of ${m.outputs} rows`;
    parts.push(`measured ${formatNumber(m.meanSquare)}, spread ${formatNumber(m.spread)} (${rows} of J at ${m.points} inputs)`);
  } else if (s.skipped) parts.push(`not measured: ${s.skipped}`);
  const judged = m ?? p;
  if (judged) parts.push(nearIsometry(judged) ? 'near dynamical isometry' : 'far from dynamical isometry');
  return parts.join('; ');
}

/** "As initialized: predicted ...; with orthogonal weights (gain 1): ...", and what the plot shows. */
export function spectrumSentence(j: ReportJacobian, dropped = 0): string {
  const out = [`As initialized: ${spectrumWords(j.current)}.`];
  if (j.orthogonal) out.push(`With orthogonal weights (${j.orthogonal.gain}): ${spectrumWords(j.orthogonal)}.`);
  const plotted = j.current.measured || j.orthogonal?.measured;
  out.push(
    plotted
      ? `The plot shows the measured squared singular values in ascending order${dropped ? ` (${dropped} of them 0, which the log axis leaves out)` : ''}; at isometry they are all 1 (dashed). Spread: their variance over their mean squared.`
      : 'Spread: the variance of the squared singular values over their mean squared (0 at isometry). No probe measured them.',
  );
  return out.join(' ');
}

/** "; with branch output layers scaled by 1/√N: 2.1 and 1.9; zero-initialised: 1 and 1" (after N blocks, forward and backward). */
export function streamAlternativeWords(stream: ReportStream): string {
  if (!stream.alternatives?.length) return '';
  const parts = stream.alternatives.map((a) => `with ${a.scheme}: ${formatNumber(a.forward)} and ${formatNumber(a.backward)}`);
  return ` (over the run, forward and backward; ${parts.join('; ')})`;
}
