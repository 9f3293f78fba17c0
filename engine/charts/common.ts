/**
 * Shared pieces of the chart specs: size, fonts, the date axis and axis titles with units.
 * Every chart is a plain Vega-Lite spec with its data inline, 1000 px wide, legible as a PNG.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { RunResult } from '../run/result.ts';

/** A Vega-Lite spec (JSON, data inline). */
export type VegaLiteSpec = TopLevelSpec;

/** One layer of a layered chart. */
export type LayerItem = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

export const CHART_WIDTH = 1000;
export const CHART_HEIGHT = 420;
export const SCHEMA_URL = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Axis titles, each with its unit. */
export const AXIS = {
  date: 'Date',
  coal: 'Coal stock (t)',
  cover: 'Days of cover (d)',
  gas: 'Gas (m³/day)',
  heat: 'Heat (MWh/day)',
  temperature: 'Outdoor temperature (°C)',
  cost: 'Cost (¥/day)',
} as const;

/** Colours for series that are not data-driven. */
export const COLOURS = {
  breach: '#d62728',
  unserved: '#d62728',
  reference: '#444444',
  palette: [
    '#1f77b4',
    '#ff7f0e',
    '#2ca02c',
    '#9467bd',
    '#8c564b',
    '#e377c2',
    '#17becf',
    '#bcbd22',
    '#7f7f7f',
    '#aec7e8',
    '#ffbb78',
    '#98df8a',
  ],
} as const;

/** n colours from the palette, repeating when there are more series than colours. */
export function colours(n: number): string[] {
  return Array.from({ length: n }, (_, i) => COLOURS.palette[i % COLOURS.palette.length]);
}

export const CONFIG = {
  background: 'white',
  font: 'sans-serif',
  title: { fontSize: 18, subtitleFontSize: 13, subtitleColor: '#333', anchor: 'start', offset: 12 },
  axis: { titleFontSize: 14, labelFontSize: 12, titleColor: '#111', labelColor: '#222', titlePadding: 10 },
  legend: {
    titleFontSize: 13,
    labelFontSize: 12,
    orient: 'bottom',
    direction: 'horizontal',
    labelLimit: 520,
    titleLimit: 520,
    symbolSize: 140,
    columnPadding: 18,
  },
  view: { stroke: '#ccc' },
} as const;

/** The top of a single-view chart: title, size, fonts; the caller adds layers or a mark. */
export function frame(title: string, subtitle?: string) {
  return {
    $schema: SCHEMA_URL,
    title: subtitle ? { text: title, subtitle } : { text: title },
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    autosize: { type: 'fit', contains: 'padding' },
    padding: 12,
    config: CONFIG,
  } as const;
}

/** The shared x encoding: the day, read and labelled in UTC so no time zone moves it. */
export function dateX(field = 'date') {
  return {
    field,
    type: 'temporal',
    title: AXIS.date,
    scale: { type: 'utc' },
    axis: { format: '%d %b %Y', labelAngle: 0, labelOverlap: true, tickCount: 10 },
  } as const;
}

/** The next calendar day of an ISO date, for rectangles that cover a whole day. */
export function nextDay(date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`) + 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function yardIds(r: RunResult): string[] {
  return Object.keys(r.days[0]?.yards ?? r.summary.yards ?? {});
}

export function sourceIds(r: RunResult): string[] {
  return Object.keys(r.days[0]?.sources ?? {});
}

/** Days of maximum burn each yard's floor stands for (30 by the national rule); null if unknown. */
export function reserveDays(r: RunResult): number | null {
  const days = Object.values(r.summary.yards)
    .filter((y) => y.maxDailyBurnT > 0 && y.floorT > 0)
    .map((y) => Math.round(y.floorT / y.maxDailyBurnT));
  if (days.length === 0) return null;
  return days.every((d) => d === days[0]) ? days[0] : null;
}

/** A number for a subtitle: 1 234 567 → "1.23 million". */
export function fmt(n: number, digits = 3): string {
  const a = Math.abs(n);
  if (a >= 1e9) return `${(n / 1e9).toPrecision(digits)} billion`;
  if (a >= 1e6) return `${(n / 1e6).toPrecision(digits)} million`;
  return Math.round(n).toLocaleString('en-US');
}
