// Probe results as text (a per-layer table) and as the JSON of DESIGN.md section 8:
// {"version":1,"backend","device","models":[{"name","range","timeMs","layers":[{"name","kind","range",
//  "fanIn","fanOut","weightVar","predicted":{"forward","backward"},"measured":{"forward","backward",
//  "mean","dead","saturated"}}]}]}, with a few more fields (status, fallbacks, batch, notes, skipped).
import { formatNumber } from '../report/format';
import { nearIsometry } from '../theory';
import { quantile } from './jacobian';
import type { MeasuredSpectrum, ProbeLayer, ProbeModelResult, ProbeResult, SpectrumPair } from './types';

/** JSON has no Infinity or NaN: they become null. */
function num(x: number | undefined): number | null | undefined {
  if (x === undefined) return undefined;
  return Number.isFinite(x) ? x : null;
}

/** The DESIGN.md section 8 object of a probe result. */
export function probeJson(result: ProbeResult): object {
  return {
    version: 1,
    status: result.status,
    ...(result.error ? { error: result.error } : {}),
    path: result.path,
    backend: result.backend ?? null,
    device: result.device ?? null,
    heapLimitMb: result.heapLimitMb ?? null,
    fallbacks: result.fallbacks,
    timings: result.timings,
    models: result.models.map((m) => ({
      name: m.name,
      range: m.range,
      timeMs: m.timeMs,
      batch: m.batch,
      widthScale: m.widthScale,
      memory: m.memory,
      notes: m.notes,
      layers: m.layers.map((l) => ({
        id: l.id,
        name: l.name,
        kind: l.kind,
        range: l.range,
        fanIn: l.fanIn ?? null,
        fanOut: l.fanOut ?? null,
        weightVar: num(l.weightVar) ?? null,
        predicted: l.predicted ? { forward: num(l.predicted.forward), backward: num(l.predicted.backward) } : null,
        measured: l.measured
          ? {
              forward: num(l.measured.forward),
              backward: num(l.measured.backward) ?? null,
              mean: num(l.measured.mean),
              variance: num(l.measured.variance),
              preMean: num(l.measured.preMean),
              preVariance: num(l.measured.preVariance),
              dead: num(l.measured.dead) ?? null,
              saturated: num(l.measured.saturated) ?? null,
              weightGrad: num(l.measured.weightGrad) ?? null,
              attentionEntropy: l.measured.attentionEntropy ? { mean: num(l.measured.attentionEntropy.mean), max: num(l.measured.attentionEntropy.max) } : null,
            }
          : null,
        ...(l.skipped ? { skipped: l.skipped } : {}),
      })),
      jacobians: jacobiansJson(m),
      blocks: m.segments.flatMap((s) => (s.blocks ?? []).map((b) => ({ first: b.first, inSecond: num(b.inSecond), outSecond: num(b.outSecond), gradIn: num(b.gradIn), gradOut: num(b.gradOut) }))),
    })),
  };
}

function spectrumJson(m: MeasuredSpectrum): object {
  return { meanSquare: num(m.meanSquare), spread: num(m.spread), p5: num(quantile(m.values, 0.05)), p95: num(quantile(m.values, 0.95)), points: m.points, rows: m.rows, outputs: m.outputs, values: m.values.map((v) => num(v)) };
}

function pairJson(p: SpectrumPair): object {
  return {
    predicted: p.predicted ? { meanSquare: num(p.predicted.meanSquare), spread: num(p.predicted.spread) } : null,
    measured: p.measured ? spectrumJson(p.measured) : null,
    ...(p.skipped ? { skipped: p.skipped } : {}),
  };
}

/** Per probed stack with a Jacobian: its first and last layer, the spectrum as initialized and with orthogonal weights. */
function jacobiansJson(m: ProbeModelResult): object[] {
  return m.segments.flatMap((s) => {
    const j = s.jacobian;
    if (!j) return [];
    return [{ layers: [s.layers[0], s.layers[s.layers.length - 1]], ...pairJson(j), orthogonal: j.orthogonal ? { gain: j.orthogonal.gain, ...pairJson(j.orthogonal) } : null }];
  });
}

/** "mean squared singular value 0.045 predicted / 0.035 measured · spread 17.3 / 17.7 · p95/p5 1.2e3". */
function pairText(p: SpectrumPair): string {
  const both = (pred: number | undefined, meas: number | undefined): string =>
    [pred !== undefined ? `${fmt(pred)} predicted` : '', meas !== undefined ? `${fmt(meas)} measured` : ''].filter(Boolean).join(' / ') || '?';
  const m = p.measured;
  const parts = [`mean squared singular value ${both(p.predicted?.meanSquare, m?.meanSquare)}`, `spread ${both(p.predicted?.spread, m?.spread)}`];
  if (m) parts.push(`squared singular values ${fmt(quantile(m.values, 0.05))} (5th percentile) to ${fmt(quantile(m.values, 0.95))} (95th) (${m.rows === m.outputs ? `all ${m.outputs}` : `${m.rows} of ${m.outputs}`} rows of J at ${m.points} inputs)`);
  if (p.skipped) parts.push(`not measured: ${p.skipped}`);
  const judged = m ?? p.predicted;
  if (judged) parts.push(nearIsometry(judged) ? 'near dynamical isometry' : 'far from dynamical isometry');
  return parts.join(' · ');
}

function jacobianLines(m: ProbeModelResult): string[] {
  const out: string[] = [];
  for (const s of m.segments) {
    const j = s.jacobian;
    if (!j) continue;
    const first = m.layers.find((l) => l.id === s.layers[0])?.name ?? s.layers[0];
    const last = m.layers.find((l) => l.id === s.layers[s.layers.length - 1])?.name ?? s.layers[s.layers.length - 1];
    out.push(`  Jacobian from ${first} to ${last}: ${pairText(j)}`);
    if (j.orthogonal) out.push(`    with orthogonal weights (${j.orthogonal.gain}): ${pairText(j.orthogonal)}`);
  }
  return out;
}

function pct(x: number | undefined): string {
  if (x === undefined) return '';
  return `${String(Number((x * 100).toFixed(1)))}%`;
}

function table(rows: string[][], right: boolean[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd());
}

function fmt(x: number | undefined): string {
  return x === undefined ? '' : formatNumber(x);
}

function layerRow(l: ProbeLayer): string[] {
  const m = l.measured;
  const ds = m?.dead !== undefined ? `dead ${pct(m.dead)}` : m?.saturated !== undefined ? `sat ${pct(m.saturated)}` : '';
  return [
    l.name,
    l.kind,
    l.fanIn === undefined ? '' : String(l.fanIn),
    l.fanOut === undefined ? '' : String(l.fanOut),
    fmt(l.weightVar),
    fmt(l.predicted?.forward),
    fmt(l.predicted?.backward),
    fmt(m?.forward),
    fmt(m?.backward),
    ds,
  ];
}

/** The probe as text: per model a header (backend, batch, time), the layer table and notes. */
export function probeText(result: ProbeResult): string {
  const out: string[] = [];
  if (result.status !== 'ok') out.push(`probe ${result.status}: ${result.error ?? ''}`.trimEnd());
  if (result.backend) out.push(`backend ${result.backend} on ${result.device ?? 'unknown device'} (started in ${Math.round(result.timings.backendMs)} ms)${result.heapLimitMb !== undefined ? `, worker heap limit ${result.heapLimitMb} MB` : ''}`);
  for (const f of result.fallbacks) out.push(`  ${f.backend} not used: ${f.reason}`);
  for (const m of result.models) {
    out.push('');
    const mem = m.memory;
    const scale = mem.widths ? `, widths scaled (widest ${mem.widths.widest} as ${mem.widths.probedAs})` : '';
    const cut = mem.cut ? `, depth cut (${mem.cut.probed} of ${mem.cut.total} layers)` : '';
    const planned = `, memory ${Math.round(mem.plannedBytes / 1e6)} of ${Math.round(mem.capBytes / 1e6)} MB`;
    out.push(`${m.name} (line ${m.range.start.line + 1}): batch ${m.batch}${scale}${cut}${planned}, ${Math.round(m.timeMs)} ms (sampling ${Math.round(m.timings.sampleMs)} ms, forward+backward ${Math.round(m.timings.runMs)} ms${m.timings.jacobianMs ? `, Jacobian ${Math.round(m.timings.jacobianMs)} ms` : ''})`);
    const head = ['layer', 'kind', 'fan_in', 'fan_out', 'weight var', 'pred fwd', 'pred bwd', 'meas fwd', 'meas bwd', 'dead/sat'];
    const rows = [head, ...m.layers.map(layerRow)];
    out.push(...table(rows, [false, false, true, true, true, true, true, true, true, false]).map((l) => `  ${l}`));
    const skipped = new Map<string, string[]>();
    for (const l of m.layers) if (l.skipped && !l.measured) skipped.set(l.skipped, [...(skipped.get(l.skipped) ?? []), l.name]);
    for (const [reason, names] of skipped) out.push(`  not probed: ${names.slice(0, 6).join(', ')}${names.length > 6 ? ` and ${names.length - 6} more` : ''}: ${reason}`);
    out.push(...jacobianLines(m));
    for (const n of m.notes) out.push(`  note: ${n}`);
  }
  if (result.models.length > 0) {
    out.push('');
    out.push('fwd: second moment of the layer\u2019s output (after its activation) / that of the segment\u2019s input; bwd: squared norm of the loss gradient at the layer\u2019s input / at the segment\u2019s output.');
    if (result.models.some((m) => m.segments.some((s) => s.jacobian))) out.push('Jacobian: of the stack\u2019s output with respect to its input; spread: variance / mean\u00b2 of its squared singular values (0 at dynamical isometry).');
  }
  return `${out.join('\n')}\n`;
}
