/**
 * Charts of long runs, by the week: past `LONG_RUN_DAYS` days a daily chart has more points
 * than pixels and its spec grows to megabytes (ten years of six charts), so every inline data
 * array with a `date` is cut into ISO weeks (Monday to Sunday). Rows of one week and the same
 * series (every field that is not a number) become one row dated the week's Monday: the
 * weekly mean of each number for lines and areas, the weekly maximum for marked days (point
 * marks, such as reserve breaches: the worst day of the week), and a day-span mark (`end`)
 * widened to the whole week. The subtitle says so. Shorter runs are left as they are.
 */
import type { Lang } from '../i18n/lang.ts';
import type { VegaLiteSpec } from './common.ts';
import { chartText } from './text.ts';

/** Runs longer than this many days are charted by the week. */
export const LONG_RUN_DAYS = 366;

type Row = Record<string, unknown>;
type How = 'mean' | 'max';

const DAY_MS = 86_400_000;

/** The Monday of an ISO date's week, as an ISO date. */
export function weekOf(date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  const back = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - back * DAY_MS).toISOString().slice(0, 10);
}

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Rows of one data array by the week: see the module's comment. */
export function weeklyRows(rows: readonly Row[], how: How): Row[] {
  const numeric = new Set<string>();
  for (const row of rows)
    for (const [k, v] of Object.entries(row)) if (k !== 'date' && k !== 'end' && typeof v === 'number') numeric.add(k);
  const groups = new Map<string, { head: Row; sums: Map<string, { total: number; n: number; max: number }> }>();
  for (const row of rows) {
    const week = weekOf(String(row.date));
    const head: Row = { date: week };
    for (const [k, v] of Object.entries(row))
      if (k === 'end') head.end = addDays(week, 7);
      else if (k !== 'date' && !numeric.has(k)) head[k] = v;
    const key = JSON.stringify(head);
    let g = groups.get(key);
    if (!g) {
      g = { head, sums: new Map() };
      groups.set(key, g);
    }
    for (const k of numeric) {
      const v = row[k];
      if (typeof v !== 'number') continue;
      const s = g.sums.get(k) ?? { total: 0, n: 0, max: Number.NEGATIVE_INFINITY };
      s.total += v;
      s.n++;
      s.max = Math.max(s.max, v);
      g.sums.set(k, s);
    }
  }
  return [...groups.values()].map(({ head, sums }) => {
    const out: Row = { ...head };
    for (const k of numeric) {
      const s = sums.get(k);
      out[k] = s === undefined ? null : how === 'max' ? s.max : s.total / s.n;
    }
    return out;
  });
}

function markType(node: Row): string | undefined {
  const mark = node.mark;
  if (typeof mark === 'string') return mark;
  if (mark && typeof mark === 'object') return String((mark as Row).type);
  return undefined;
}

/** A copy of the node with every dated data array by the week; `inherited` is the parent's mark. */
function weeklyNode(node: unknown, inherited?: string): unknown {
  if (Array.isArray(node)) return node.map((n) => weeklyNode(n, inherited));
  if (!node || typeof node !== 'object') return node;
  const src = node as Row;
  const mark = markType(src) ?? inherited;
  const out: Row = {};
  for (const [k, v] of Object.entries(src)) {
    const values = k === 'data' && v && typeof v === 'object' ? (v as Row).values : undefined;
    if (Array.isArray(values) && values.length > 0 && typeof (values[0] as Row)?.date === 'string')
      out[k] = { ...(v as Row), values: weeklyRows(values as Row[], mark === 'point' ? 'max' : 'mean') };
    else if (k === 'layer' || k === 'vconcat' || k === 'hconcat' || k === 'concat' || k === 'spec')
      out[k] = weeklyNode(v, mark);
    else out[k] = v;
  }
  return out;
}

/** The spec with its dated data by the week and a line in its subtitle saying so. */
export function weeklySpec(spec: VegaLiteSpec, lang: Lang = 'en'): VegaLiteSpec {
  const out = weeklyNode(spec) as Row;
  const note = chartText(lang).text('common.weekly', { days: LONG_RUN_DAYS });
  const title = out.title;
  if (title && typeof title === 'object' && !Array.isArray(title)) {
    const t = title as Row;
    const sub = t.subtitle;
    const lines = sub === undefined ? [] : Array.isArray(sub) ? sub : [sub];
    out.title = { ...t, subtitle: [...lines, note] };
  } else if (typeof title === 'string') out.title = { text: title, subtitle: note };
  return out as unknown as VegaLiteSpec;
}

/** A run's chart spec as served: by the week when the run has more than `LONG_RUN_DAYS` days. */
export function servedSpec(spec: VegaLiteSpec, days: number, lang: Lang = 'en'): VegaLiteSpec {
  return days > LONG_RUN_DAYS ? weeklySpec(spec, lang) : spec;
}
