/**
 * Shared pieces of the chart specs: size, fonts and the date axis (axis titles with their
 * units, in either language, come from text.ts). Every chart is a plain Vega-Lite spec with
 * its data inline, 1000 px wide, legible as a PNG.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../i18n/lang.ts';
import type { RunResult } from '../run/result.ts';
import { chartText } from './text.ts';

/** A Vega-Lite spec (JSON, data inline). */
export type VegaLiteSpec = TopLevelSpec;

/** One layer of a layered chart. */
export type LayerItem = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

export const CHART_WIDTH = 1000;
export const CHART_HEIGHT = 420;
export const SCHEMA_URL = 'https://vega.github.io/schema/vega-lite/v6.json';

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

/**
 * The colour encoding of heat stacked by source with unserved heat on top: one palette colour
 * per source (by its name for people), unserved heat in its own colour.
 */
export function sourceColour(
  sources: readonly string[],
  names: ReadonlyMap<string, string>,
  unserved: string,
  title: string,
) {
  return {
    field: 'series',
    type: 'nominal',
    title,
    scale: {
      domain: [...sources.map((id) => names.get(id) as string), unserved],
      range: [...colours(sources.length), COLOURS.unserved],
    },
  } as const;
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

/**
 * The font of a Chinese chart: Noto Sans SC (vendored under assets/fonts, loaded by the PNG
 * renderer; the page serves its web font under the same name), DejaVu Sans for what it lacks.
 * English charts keep `sans-serif`, which the PNG renderer maps to DejaVu Sans.
 */
export const ZH_FONT = 'Noto Sans SC, DejaVu Sans, sans-serif';

/** The chart config of a language: the same sizes and colours, the language's font. */
export function chartConfig(lang: Lang) {
  return lang === 'en' ? CONFIG : { ...CONFIG, font: ZH_FONT };
}

/** The study charts' look (Monte Carlo, reserve sizing, province): smaller titles than a run's charts. */
const STUDY_CONFIG = {
  background: 'white',
  font: 'sans-serif',
  title: { fontSize: 16, subtitleFontSize: 12, anchor: 'start' as const },
  axis: { titleFontSize: 13, labelFontSize: 11 },
};

/** A study chart's config in a language: the same sizes, the language's font. */
export function studyChartConfig(lang: Lang) {
  return lang === 'en' ? STUDY_CONFIG : { ...STUDY_CONFIG, font: ZH_FONT };
}

/** The top of a single-view chart: title, size, fonts; the caller adds layers or a mark. */
export function frame(title: string, subtitle?: string, lang: Lang = 'en') {
  return {
    $schema: SCHEMA_URL,
    title: subtitle ? { text: title, subtitle } : { text: title },
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    autosize: { type: 'fit', contains: 'padding' },
    padding: 12,
    config: chartConfig(lang),
  } as const;
}

/** Tick labels of the date axis: `05 Jan 2013`; `1月5日` in Chinese (the subtitle and tooltips give the year). */
const DATE_AXIS_FORMAT: Record<Lang, string> = { en: '%d %b %Y', zh: '%-m月%-d日' };

/** The shared x encoding: the day, read and labelled in UTC so no time zone moves it. */
export function dateX(lang: Lang = 'en', field = 'date') {
  return {
    field,
    type: 'temporal',
    title: chartText(lang).axis('date'),
    scale: { type: 'utc' },
    axis: { format: DATE_AXIS_FORMAT[lang], labelAngle: 0, labelOverlap: true, tickCount: 10 },
  } as const;
}

/** The date in a tooltip: the ISO day in English; 2013年1月5日 in Chinese. */
export function dateTooltip(lang: Lang = 'en') {
  const title = chartText(lang).axis('date');
  if (lang === 'en') return { field: 'date', type: 'nominal', title } as const;
  return { field: 'date', type: 'temporal', title, format: '%Y年%-m月%-d日', formatType: 'utc' } as const;
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
