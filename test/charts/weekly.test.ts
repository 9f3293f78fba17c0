/**
 * Charts of runs longer than a year are served by the week (engine/charts/weekly.ts): the
 * fixture run stretched to three years gives at most ~60 points per series per year, each the
 * weekly mean of the run's own days (the worst day for marked breaches), and a run of a year
 * or less is served exactly as built, English and Chinese alike.
 */
import { describe, expect, it } from 'vitest';
import {
  CHART_NAMES,
  chartSpec,
  LONG_RUN_DAYS,
  servedSpec,
  type RunResult,
  type VegaLiteSpec,
} from '../../engine/index.ts';
import { weekOf } from '../../engine/charts/weekly.ts';
import { taskSpec } from '../../server/chart-worker.ts';
import { fixtureRun } from './helpers.ts';

type Row = Record<string, unknown>;

/** The fixture's days repeated, dated day after day from its first, to `n` days. */
async function longRun(n: number): Promise<RunResult> {
  const r = await fixtureRun();
  const t0 = Date.parse(`${r.days[0].date}T00:00:00Z`);
  const days = Array.from({ length: n }, (_, i) => ({
    ...r.days[i % r.days.length],
    date: new Date(t0 + i * 86_400_000).toISOString().slice(0, 10),
  }));
  return { ...r, days };
}

/** Every inline data array with dates, with the mark of its layer. */
function datedArrays(spec: unknown, mark?: string, out: Array<{ mark?: string; rows: Row[] }> = []) {
  if (Array.isArray(spec)) for (const s of spec) datedArrays(s, mark, out);
  else if (spec && typeof spec === 'object') {
    const node = spec as Row;
    const m = node.mark;
    const own = typeof m === 'string' ? m : m && typeof m === 'object' ? String((m as Row).type) : mark;
    const values = (node.data as Row | undefined)?.values;
    if (Array.isArray(values) && typeof (values[0] as Row | undefined)?.date === 'string')
      out.push({ mark: own, rows: values as Row[] });
    for (const k of ['layer', 'vconcat', 'hconcat', 'concat', 'spec']) if (k in node) datedArrays(node[k], own, out);
  }
  return out;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The run's days grouped by their ISO week. */
function byWeek(r: RunResult): Map<string, RunResult['days']> {
  const weeks = new Map<string, RunResult['days']>();
  for (const d of r.days) weeks.set(weekOf(d.date), [...(weeks.get(weekOf(d.date)) ?? []), d]);
  return weeks;
}

describe('charts of a run longer than a year', async () => {
  const r = await longRun(3 * 365);
  const years = r.days.length / 365;

  it.each(CHART_NAMES.map((n) => [n]))('%s has at most ~60 points per series per year', (name) => {
    const daily = chartSpec(name, r);
    const weekly = servedSpec(daily, r.days.length);
    const arrays = datedArrays(weekly);
    expect(arrays.length).toBeGreaterThan(0);
    for (const { rows } of arrays) {
      const perSeries = new Map<string, number>();
      for (const row of rows) {
        const series = JSON.stringify(Object.entries(row).filter(([k, v]) => k !== 'date' && typeof v === 'string'));
        perSeries.set(series, (perSeries.get(series) ?? 0) + 1);
      }
      for (const n of perSeries.values()) expect(n / years).toBeLessThanOrEqual(60);
      for (const row of rows) expect(new Date(`${row.date}T00:00:00Z`).getUTCDay(), 'dated a Monday').toBe(1);
    }
    expect(JSON.stringify(weekly).length).toBeLessThan(JSON.stringify(daily).length / 3);
  });

  it('coal stock: each point is the weekly mean of the stock; each breach the worst gap of its week', () => {
    const spec = servedSpec(chartSpec('coal-stock', r), r.days.length);
    const [lines, breaches] = datedArrays(spec);
    const yardId = Object.keys(r.days[0].yards)[0];
    const yardName = lines.rows[0].yard;
    const weeks = byWeek(r);
    const stock = lines.rows.filter((row) => row.yard === yardName && row.line === 'Stock');
    expect(stock.length).toBe(weeks.size);
    for (const row of stock) {
      const days = weeks.get(String(row.date))!;
      expect(row.t).toBeCloseTo(mean(days.map((d) => d.yards[yardId].stockT)), 6);
    }
    expect(breaches.mark).toBe('point');
    for (const row of breaches.rows) {
      const days = weeks.get(String(row.date))!;
      const gaps = days.flatMap((d) =>
        Object.values(d.yards)
          .filter((y) => y.stockT < y.floorT)
          .map((y) => y.floorT - y.stockT),
      );
      expect(gaps.length).toBeGreaterThan(0);
      expect(Number(row.gapT)).toBeLessThanOrEqual(Math.max(...gaps) + 1e-6);
    }
    const worst = Math.max(...breaches.rows.map((row) => Number(row.gapT)));
    const worstDay = Math.max(
      ...r.days.flatMap((d) => Object.values(d.yards).map((y) => (y.stockT < y.floorT ? y.floorT - y.stockT : 0))),
    );
    expect(worst).toBeCloseTo(worstDay, 6);
  });

  it('heat dispatch: the demand line is the weekly mean of the daily demand; the subtitle says weeks', () => {
    const spec = servedSpec(chartSpec('heat-dispatch', r), r.days.length) as unknown as Row;
    const demand = datedArrays(spec).find((a) => a.rows.some((row) => row.line !== undefined))!;
    const weeks = byWeek(r);
    expect(demand.rows.length).toBe(weeks.size);
    for (const row of demand.rows)
      expect(row.mwh).toBeCloseTo(mean(weeks.get(String(row.date))!.map((d) => d.demandMWh)), 6);
    expect(JSON.stringify(spec.title)).toContain('each point is a week');
    const zh = servedSpec(chartSpec('heat-dispatch', r, { lang: 'zh' }), r.days.length, 'zh') as unknown as Row;
    expect(JSON.stringify(zh.title)).toContain('每个点代表一周');
  });

  it('the server builds the weekly spec for a long run', () => {
    const spec = JSON.parse(
      JSON.stringify(
        taskSpec({ kind: 'run', resultJson: JSON.stringify(r), chart: 'temperature', lang: 'en', format: 'json' }),
      ),
    );
    expect(spec).toEqual(JSON.parse(JSON.stringify(servedSpec(chartSpec('temperature', r), r.days.length))));
    expect(datedArrays(spec)[0].rows.length).toBeLessThan(2 * byWeek(r).size + 1);
  });
});

describe('charts of a run of a year or less', async () => {
  const year = await longRun(LONG_RUN_DAYS);

  it.each(CHART_NAMES.flatMap((n) => [[n, 'en'] as const, [n, 'zh'] as const]))(
    '%s (%s) is served byte for byte as built',
    async (name, lang) => {
      for (const r of [await fixtureRun(), year]) {
        const built: VegaLiteSpec = chartSpec(name, r, { lang });
        const served = taskSpec({ kind: 'run', resultJson: JSON.stringify(r), chart: name, lang, format: 'json' });
        expect(JSON.stringify(served)).toBe(JSON.stringify(built));
      }
    },
  );
});
