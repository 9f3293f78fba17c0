/** The result workbook: sheets days, summary, yards and gas; the days are the RunResult's, column for column with the day CSV's headers. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { runScenario, validateScenario, type RunResult } from '../../engine/index.ts';
import { dayColumns } from '../../engine/run/days-csv.ts';
import { resultToXlsx } from '../../engine/xlsx/index.ts';
import { summaryUnit } from '../../engine/xlsx/results.ts';

let result: RunResult;
let wb: ExcelJS.Workbook;
beforeAll(async () => {
  const demo = JSON.parse(readFileSync(new URL('../../scenarios/demo-beijing-2012.json', import.meta.url), 'utf8'));
  demo.horizon = { start: '2013-01-01', end: '2013-01-31' }; // a month with the yard and gas disruptions in it
  demo.dispatch = { ...demo.dispatch, mode: 'season' };
  result = await runScenario(validateScenario(demo), {
    baseDir: new URL('../../scenarios/', import.meta.url).pathname,
  });
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await resultToXlsx(result)) as unknown as ArrayBuffer);
});

const rowsOf = (ws: ExcelJS.Worksheet) =>
  Array.from({ length: ws.rowCount }, (_, i) => (ws.getRow(i + 1).values as unknown[]).slice(1));

describe('result workbook', () => {
  it('has the sheets days, summary, yards and gas', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['days', 'summary', 'yards', 'gas']);
  });

  it('days: one row per day, the day CSV headers (units in them), the RunResult values', () => {
    const [header, ...rows] = rowsOf(wb.getWorksheet('days')!);
    const cols = dayColumns(result);
    expect(header).toEqual(cols.map(([h]) => h));
    expect(rows).toHaveLength(result.days.length);
    result.days.forEach((d, i) =>
      cols.forEach(([h, f], c) => expect(rows[i][c] ?? null, `${d.date} ${h}`).toEqual(f(d) ?? null)),
    );
  });

  it('summary: one row per figure, each number with its unit', () => {
    const [header, ...rows] = rowsOf(wb.getWorksheet('summary')!);
    expect(header).toEqual(['figure', 'value', 'unit']);
    const byName = new Map(rows.map((r) => [r[0], r]));
    expect(byName.get('costYuan')).toEqual(['costYuan', result.summary.costYuan, '¥']);
    expect(byName.get('coalBurnT')).toEqual(['coalBurnT', result.summary.coalBurnT, 't']);
    expect(byName.get('peakDemandMW')?.[2]).toBe('MW');
    for (const [name, value, unit] of rows)
      if (typeof value === 'number' && name !== 'solver.lpCount') expect(unit, String(name)).not.toBe('');
    expect(summaryUnit('minDaysOfCoverDate')).toBe('YYYY-MM-DD');
  });

  it('yards and gas: one row per yard and per consumer category', () => {
    const [yh, ...yards] = rowsOf(wb.getWorksheet('yards')!);
    expect(yh).toContain('floorT (t)');
    expect(yards.map((r) => r[0])).toEqual(Object.keys(result.summary.yards));
    for (const y of yards) expect(y[6]).toBe(result.summary.yards[String(y[0])].floorT);
    const [gh, ...gas] = rowsOf(wb.getWorksheet('gas')!);
    expect(gh).toEqual(['category', 'demandM3 (m³)', 'servedM3 (m³)', 'cutM3 (m³)', 'cutShare (%)', 'daysWithCut (d)']);
    for (const g of gas)
      expect(g[3] as number).toBeCloseTo(result.summary.gasCutM3ByCategory[g[0] as 'industrial'] ?? 0, 3);
    expect(gas.length).toBe(Object.keys(result.days[0].gas.categories).length);
  });
});
