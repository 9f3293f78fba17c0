/**
 * The language side of the charts: texts from the catalogue's `charts` part, each axis's unit
 * (English keeps the engine's t, m³ and ¥; Chinese counts in 万: 万吨, 万 m³, 万元, with the
 * data divided to match), figures and dates in subtitles, and the names people read in place
 * of source and yard ids.
 */
import type { MessageKey } from '../i18n/catalogue.ts';
import {
  type DisplayUnit,
  displayUnit,
  formatDate,
  formatNumber,
  formatQuantity,
  type Quantity,
} from '../i18n/format.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';
import { type MessageParams, t } from '../i18n/translate.ts';
import { labelOf, type RunLabels } from '../run/labels.ts';

/** Options of a chart builder. */
export interface ChartOptions {
  /** Language of every text on the chart; default English. */
  readonly lang?: Lang;
}

/** A builder's language as a bare `Lang` or in options. */
export type LangOption = Lang | ChartOptions | undefined;

export function langOf(option: LangOption): Lang {
  if (option === undefined) return DEFAULT_LANG;
  return typeof option === 'string' ? option : (option.lang ?? DEFAULT_LANG);
}

/** A key of the catalogue's `charts` part, without the `charts.` prefix. */
export type ChartKey = MessageKey extends infer K ? (K extends `charts.${infer R}` ? R : never) : never;

/** The axes whose titles carry a unit, and the quantity each shows. */
const AXIS_QUANTITY = {
  coal: 'coal',
  cover: 'days',
  gas: 'gas',
  heat: 'heat',
  temperature: 'temperature',
  cost: 'money',
} as const satisfies Record<string, Quantity>;
export type AxisName = keyof typeof AXIS_QUANTITY | 'date';

/** English charts keep the engine's own units, undivided (their axes and tests are pinned). */
const EN_UNIT: Partial<Record<Quantity, DisplayUnit>> = {
  gas: { label: 'm³', divisor: 1 },
  money: { label: '¥', divisor: 1 },
};

/** The unit of a chart's axis for a quantity: its label and the divisor applied to the data. */
export function chartUnit(lang: Lang, quantity: Quantity): DisplayUnit {
  return (lang === 'en' ? EN_UNIT[quantity] : undefined) ?? displayUnit(lang, quantity);
}

/** Texts, units and names of one language. */
export interface ChartText {
  readonly lang: Lang;
  /** A text of the `charts` part. */
  text(key: ChartKey, params?: MessageParams): string;
  /** A word of the `domain` part (gas categories, cold-wave grades…). */
  domain(key: Extract<MessageKey, `domain.${string}`>): string;
  unit(quantity: Quantity): DisplayUnit;
  /** An axis title with its unit: `Coal stock (t)`, `存煤量（万吨）`. */
  axis(name: AxisName): string;
  /** A figure in engine units → the figure on the axis (divided by the unit's divisor). */
  scale(quantity: Quantity, value: number): number;
  /** d3 format of an axis's tick labels: English's own, or one that suits a figure in 万. */
  axisFormat(quantity: Quantity, english: string): string;
  /** d3 format of a tooltip figure. */
  tooltipFormat(quantity: Quantity, english: string): string;
  /**
   * A figure for a subtitle. English: `fmt`'s figure (the text writes the unit); Chinese: the
   * figure with its unit, 吨 or 万吨 by its size.
   */
  amount(quantity: Quantity, value: number, english: (v: number) => string): string;
  /** A date for a subtitle: ISO in English, 2013年1月20日 in Chinese. */
  date(iso: string | null | undefined): string;
  /** A plain number with the language's separators and `digits` decimals (English: as `english` writes it). */
  number(value: number, english: (v: number) => string, digits?: number): string;
}

export function chartText(lang: Lang): ChartText {
  const text = (key: ChartKey, params?: MessageParams) => t(lang, `charts.${key}` as MessageKey, params);
  const unit = (q: Quantity) => chartUnit(lang, q);
  const scaled = (q: Quantity) => unit(q).divisor !== 1;
  return {
    lang,
    text,
    domain: (key) => t(lang, key),
    unit,
    axis: (name) =>
      name === 'date' ? text('axis.date') : text(`axis.${name}`, { unit: unit(AXIS_QUANTITY[name]).label }),
    scale: (q, value) => value / unit(q).divisor,
    axisFormat: (q, english) => (lang === 'en' ? english : scaled(q) ? ',.2~f' : english === '~s' ? ',.0f' : english),
    tooltipFormat: (q, english) => (lang === 'en' ? english : scaled(q) ? ',.4~f' : english),
    amount: (q, value, english) => (lang === 'en' ? english(value) : formatQuantity(lang, q, value)),
    date: (iso) => (lang === 'en' ? (iso ?? '') : formatDate(lang, iso)),
    number: (value, english, digits = 0) => (lang === 'en' ? english(value) : formatNumber(lang, value, digits)),
  };
}

type LabelKind = 'sources' | 'yards' | 'supplyPoints';

/**
 * What each id is called on a chart: its name when the run has one, its id otherwise; two
 * items with the same name are told apart by their ids.
 */
export function seriesNames(r: { labels?: RunLabels }, kind: LabelKind, ids: readonly string[]): Map<string, string> {
  const names = ids.map((id) => labelOf(r, kind, id));
  return new Map(
    ids.map((id, i) => [
      id,
      names.indexOf(names[i]) === names.lastIndexOf(names[i]) ? names[i] : `${names[i]} (${id})`,
    ]),
  );
}
