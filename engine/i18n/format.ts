/**
 * Numbers, quantities and dates as each language's reports write them. English keeps SI
 * with 10³ prefixes (`48 319 t` is printed `48,319 t`, gas in `10³ m³`, money in `k¥`/`M¥`);
 * Chinese reports count in 万 (10⁴) and 亿 (10⁸): 万吨, 万 m³ (万立方米), 万元 and 亿元,
 * with thousands separators, and dates as 2013年1月20日.
 */
import type { Lang } from './lang.ts';

/** `x` with thousands separators and a fixed number of decimals; `—` for a missing figure. */
export function formatNumber(lang: Lang, x: number | null | undefined, digits = 0): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  return x.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

/** The quantities a report prints, each in the engine's own unit (t, m³, ¥, MWh, MW, °C, d). */
export type Quantity = 'coal' | 'gas' | 'money' | 'heat' | 'power' | 'temperature' | 'days' | 'electricity';

/** A column's unit: its label and the divisor that turns the engine's figure into it. */
export interface DisplayUnit {
  readonly label: string;
  readonly divisor: number;
}

const UNITS: Record<Lang, Record<Quantity, DisplayUnit>> = {
  en: {
    coal: { label: 't', divisor: 1 },
    gas: { label: '10³ m³', divisor: 1e3 },
    money: { label: 'k¥', divisor: 1e3 },
    heat: { label: 'MWh', divisor: 1 },
    electricity: { label: 'MWh', divisor: 1 },
    power: { label: 'MW', divisor: 1 },
    temperature: { label: '°C', divisor: 1 },
    days: { label: 'd', divisor: 1 },
  },
  zh: {
    coal: { label: '万吨', divisor: 1e4 },
    gas: { label: '万 m³', divisor: 1e4 },
    money: { label: '万元', divisor: 1e4 },
    heat: { label: 'MWh', divisor: 1 },
    electricity: { label: 'MWh', divisor: 1 },
    power: { label: 'MW', divisor: 1 },
    temperature: { label: '°C', divisor: 1 },
    days: { label: '天', divisor: 1 },
  },
};

/** The unit a table column or a chart axis uses for a quantity in a language. */
export function displayUnit(lang: Lang, quantity: Quantity): DisplayUnit {
  return UNITS[lang][quantity];
}

/** Decimals that keep about three significant figures of a figure in 万 (0.0856 万吨 rather than 0.09). */
function digitsFor(value: number): number {
  const a = Math.abs(value);
  if (a === 0 || a >= 100) return 0;
  if (a >= 10) return 1;
  if (a >= 1) return 2;
  return Math.min(4, Math.max(2, 1 - Math.floor(Math.log10(a)) + 1));
}

/**
 * One figure with its unit, chosen for the size of the figure in Chinese (吨 under 1 万 t,
 * 万吨 above; 元, 万元, 亿元) and fixed in English (t, 10³ m³, ¥). `digits` fixes the decimals;
 * by default about three significant figures.
 */
export function formatQuantity(
  lang: Lang,
  quantity: Quantity,
  value: number | null | undefined,
  digits?: number,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const unit = lang === 'zh' ? zhUnitFor(quantity, value) : UNITS.en[quantity];
  const scaled = value / unit.divisor;
  const d = digits ?? (unit.divisor === 1 ? (Math.abs(scaled) >= 100 ? 0 : 1) : digitsFor(scaled));
  const sep = unit.label.startsWith('°') ? '' : ' ';
  return `${formatNumber(lang, scaled, d)}${sep}${unit.label}`;
}

function zhUnitFor(quantity: Quantity, value: number): DisplayUnit {
  const a = Math.abs(value);
  if (quantity === 'coal') return a >= 1e4 ? UNITS.zh.coal : { label: '吨', divisor: 1 };
  if (quantity === 'gas') return a >= 1e4 ? UNITS.zh.gas : { label: 'm³', divisor: 1 };
  if (quantity === 'money') {
    if (a >= 1e8) return { label: '亿元', divisor: 1e8 };
    return a >= 1e4 ? UNITS.zh.money : { label: '元', divisor: 1 };
  }
  return UNITS.zh[quantity];
}

/** An ISO date (`2013-01-20`) as a person reads it: `2013年1月20日` in Chinese, unchanged in English. */
export function formatDate(lang: Lang, iso: string | null | undefined): string {
  if (!iso) return '—';
  if (lang !== 'zh') return iso;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}
