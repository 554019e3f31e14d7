// The Vega-Lite spec of one model's propagation plot: forward second moment and backward gradient
// squared norm per layer on a log scale, predicted (solid lines, filled circles) and, when probes
// have measured them, measured (dashed lines, hollow diamonds).
import type { ReportJacobian, ReportModel, ReportStream } from '../analysis/report-data';

export const QUANTITY_FORWARD = 'forward E[x²]';
export const QUANTITY_BACKWARD = 'backward ‖∂L/∂x‖²';
export const SERIES_PREDICTED = 'predicted';
export const SERIES_MEASURED = 'measured';

export interface PlotPoint {
  index: number;
  layer: string;
  quantity: string;
  series: string;
  value: number;
}

export interface PlotData {
  /** One unique x label per layer, in order: `3 self.blocks[0].fc1`. */
  labels: string[];
  points: PlotPoint[];
  /** Values that a log axis cannot show (≤ 0, NaN, ±∞). */
  dropped: number;
  hasMeasured: boolean;
}

export interface PlotOptions {
  /** Horizontal rules at these values (the drift band); null for none. */
  driftBand?: readonly [number, number] | null;
}

export const DEFAULT_DRIFT_BAND: readonly [number, number] = [1e-3, 1e3];

/** The plottable points of a model. */
export function plotData(model: ReportModel): PlotData {
  const labels: string[] = [];
  const points: PlotPoint[] = [];
  let dropped = 0;
  let hasMeasured = false;
  model.layers.forEach((l, index) => {
    const layer = `${index} ${l.name}`;
    labels.push(layer);
    const add = (quantity: string, series: string, value: number | undefined): void => {
      if (value === undefined) return;
      if (!(Number.isFinite(value) && value > 0)) {
        dropped++;
        return;
      }
      points.push({ index, layer, quantity, series, value });
    };
    add(QUANTITY_FORWARD, SERIES_PREDICTED, l.predicted?.forward);
    add(QUANTITY_BACKWARD, SERIES_PREDICTED, l.predicted?.backward);
    if (l.measured) {
      hasMeasured = true;
      add(QUANTITY_FORWARD, SERIES_MEASURED, l.measured.forward);
      add(QUANTITY_BACKWARD, SERIES_MEASURED, l.measured.backward);
    }
  });
  return { labels, points, dropped, hasMeasured };
}

/**
 * The points of a residual run's plot: block by block, the stream's second moment after it and the
 * gradient's squared norm at its input, predicted and (once a probe attached them) measured (x:
 * `block 1` ... `block N`; an abridged repeat lists its first and last repetitions only).
 */
export function streamPlotData(stream: ReportStream): PlotData {
  const labels: string[] = [];
  const points: PlotPoint[] = [];
  let dropped = 0;
  const n = stream.forward.length;
  for (let i = 0; i < n; i++) {
    // an abridged run: the first half of the list is the first repetition's blocks, the rest the last's
    const k = stream.abridged && i >= n / 2 ? stream.blocks - (n - i) + 1 : i + 1;
    const layer = `block ${k}`;
    labels.push(layer);
    for (const [quantity, series, value] of [
      [QUANTITY_FORWARD, SERIES_PREDICTED, stream.forward[i]],
      [QUANTITY_BACKWARD, SERIES_PREDICTED, stream.backward[i]],
      [QUANTITY_FORWARD, SERIES_MEASURED, stream.measured?.forward[i]],
      [QUANTITY_BACKWARD, SERIES_MEASURED, stream.measured?.backward[i]],
    ] as const) {
      if (value === undefined) continue;
      if (!(Number.isFinite(value) && value > 0)) dropped++;
      else points.push({ index: i, layer, quantity, series, value });
    }
  }
  return { labels, points, dropped, hasMeasured: stream.measured !== undefined };
}

/** The Vega-Lite spec (a plain object) of a model's plot (x: its layers, or `xTitle`'s steps). */
export function plotSpec(model: ReportModel, data: PlotData, options: PlotOptions = {}, xTitle = 'layer'): object {
  const band = options.driftBand === undefined ? DEFAULT_DRIFT_BAND : options.driftBand;
  const n = Math.max(data.labels.length, 1);
  const width = Math.min(Math.max(n * 34, 320), 960);
  const x = {
    field: 'layer',
    type: 'ordinal',
    title: xTitle,
    sort: data.labels,
    scale: { domain: data.labels },
    axis: { labelAngle: -40, labelLimit: 220, labelOverlap: true },
  };
  const y = {
    field: 'value',
    type: 'quantitative',
    title: 'relative to network input / output',
    scale: { type: 'log' },
    axis: { format: '~e', grid: true, values: decades([...data.points.map((p) => p.value), ...(band ?? [])]) },
  };
  const color = {
    field: 'quantity',
    type: 'nominal',
    title: null,
    scale: { domain: [QUANTITY_FORWARD, QUANTITY_BACKWARD], range: ['#4c78a8', '#f58518'] },
  };
  // Lines carry the series' dash, points its shape (filled for predicted, hollow for measured);
  // they are separate layers so that the dash does not also outline the points.
  // Grey legend symbols: the default black vanishes on a dark theme.
  const legend = { symbolStrokeColor: '#888888', symbolFillColor: '#888888' };
  const dash = {
    field: 'series',
    type: 'nominal',
    title: null,
    legend,
    scale: { domain: [SERIES_PREDICTED, SERIES_MEASURED], range: [[1, 0], [6, 4]] },
  };
  const shape = {
    field: 'series',
    type: 'nominal',
    title: null,
    legend,
    scale: { domain: [SERIES_PREDICTED, SERIES_MEASURED], range: ['circle', 'diamond'] },
  };
  const tooltip = [
    { field: 'layer', type: 'nominal' },
    { field: 'quantity', type: 'nominal' },
    { field: 'series', type: 'nominal' },
    { field: 'value', type: 'quantitative', format: '.4~g' },
  ];
  const layers: object[] = [];
  if (band) {
    layers.push({
      data: { values: band.map((v) => ({ value: v })) },
      mark: { type: 'rule', strokeDash: [3, 3], color: '#888888', opacity: 0.8 },
      encoding: { y: { field: 'value', type: 'quantitative' } },
    });
  }
  if (data.hasMeasured) {
    for (const [name, filled, size] of [
      [SERIES_PREDICTED, true, 40],
      [SERIES_MEASURED, false, 60],
    ] as const) {
      const transform = [{ filter: { field: 'series', equal: name } }];
      layers.push({ transform, mark: { type: 'line', strokeWidth: 2 }, encoding: { x, y, color, strokeDash: dash } });
      layers.push({
        transform,
        mark: { type: 'point', filled, size, strokeWidth: 1.5, opacity: 1 },
        encoding: { x, y, color, shape, tooltip },
      });
    }
  } else {
    layers.push({
      mark: { type: 'line', point: { filled: true, size: 40 }, strokeWidth: 2 },
      encoding: { x, y, color, tooltip },
    });
  }
  return {
    description: `${model.name}: forward second moment and backward gradient squared norm per ${xTitle}`,
    width,
    height: 260,
    background: null,
    data: { values: data.points },
    layer: layers,
    config: {
      font: 'sans-serif',
      view: { stroke: null },
      legend: { orient: 'top', direction: 'horizontal' },
      axis: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal' },
    },
  };
}

/** Tick values at powers of ten covering the values, every 1, 2, 3, ... decades (at most 12 ticks). */
export function decades(values: readonly number[]): number[] {
  const logs = values.filter((v) => Number.isFinite(v) && v > 0).map((v) => Math.log10(v));
  if (logs.length === 0) return [];
  const lo = Math.floor(Math.min(...logs));
  const hi = Math.ceil(Math.max(...logs));
  const step = Math.max(1, Math.ceil((hi - lo) / 11));
  const ticks: number[] = [];
  for (let k = hi; k >= lo; k -= step) ticks.unshift(Number(`1e${k}`));
  return ticks;
}

export const SERIES_AS_INITIALIZED = 'as initialized';

export interface SpectrumPoint {
  series: string;
  /** Fraction of the squared singular values at or below this one (0..1). */
  rank: number;
  value: number;
}

/**
 * The measured squared singular values of a stack's Jacobian, as initialized and with orthogonal
 * weights, sorted (an empirical quantile function: x the fraction of values below, y the value on
 * a log axis). Values a log axis cannot show (0) are counted in `dropped`.
 */
export function spectrumPlotData(j: ReportJacobian): { points: SpectrumPoint[]; series: string[]; dropped: number } {
  const points: SpectrumPoint[] = [];
  const series: string[] = [];
  let dropped = 0;
  const add = (name: string, values: readonly number[] | undefined): void => {
    if (!values?.length) return;
    series.push(name);
    values.forEach((v, i) => {
      if (!(Number.isFinite(v) && v > 0)) dropped++;
      else points.push({ series: name, rank: values.length === 1 ? 1 : i / (values.length - 1), value: v });
    });
  };
  add(SERIES_AS_INITIALIZED, j.current.measured?.values);
  if (j.orthogonal) add(`orthogonal (${j.orthogonal.gain})`, j.orthogonal.measured?.values);
  return { points, series, dropped };
}

/** The Vega-Lite spec of a Jacobian spectrum plot (lines per series, the isometry value 1 as a rule). */
export function spectrumPlotSpec(j: ReportJacobian, data: ReturnType<typeof spectrumPlotData>): object {
  const values = [...data.points.map((p) => p.value), 1];
  return {
    description: `the squared singular values of the Jacobian from ${j.from} to ${j.to}`,
    width: 420,
    height: 240,
    background: null,
    layer: [
      { data: { values: [{ value: 1 }] }, mark: { type: 'rule', strokeDash: [3, 3], color: '#888888', opacity: 0.8 }, encoding: { y: { field: 'value', type: 'quantitative' } } },
      {
        data: { values: data.points },
        mark: { type: 'line', strokeWidth: 2, interpolate: 'step-after' },
        encoding: {
          x: { field: 'rank', type: 'quantitative', title: 'fraction of the squared singular values below', scale: { domain: [0, 1] }, axis: { format: '.0%' } },
          y: { field: 'value', type: 'quantitative', title: 'squared singular value', scale: { type: 'log' }, axis: { format: '~e', grid: true, values: decades(values) } },
          color: { field: 'series', type: 'nominal', title: null, scale: { domain: data.series, range: ['#4c78a8', '#54a24b'] } },
        },
      },
    ],
    config: {
      font: 'sans-serif',
      view: { stroke: null },
      legend: { orient: 'top', direction: 'horizontal' },
      axis: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal' },
    },
  };
}
