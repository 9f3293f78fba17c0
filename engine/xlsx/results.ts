/**
 * A RunResult as a workbook: `days` (one row per day, the day CSV's columns with their units,
 * full precision), `summary` (one row per figure with its unit), `yards` (one row per yard:
 * floor, its basis, the lowest stock and cover, the first breach) and `gas` (one row per
 * consumer category: demand, served and cut over the horizon).
 */
import type ExcelJS from 'exceljs';
import { dayColumns } from '../run/days-csv.ts';
import type { RunResult } from '../run/result.ts';
import { excel } from './excel.ts';

type Value = string | number | boolean | null;

/** The unit of a summary figure, read from its name as the RunResult names them. */
export function summaryUnit(name: string): string {
  if (name === 'days' || /Days$|DaysOfCover$/.test(name)) return 'd';
  if (/Date$|Breach$/.test(name)) return 'YYYY-MM-DD';
  if (/MWh$/.test(name)) return 'MWh';
  if (/MW$/.test(name)) return 'MW';
  if (/Tce$/.test(name)) return 'tce';
  if (/T$/.test(name)) return 't';
  if (/M3$/.test(name)) return 'm³';
  if (/Yuan$/.test(name)) return '¥';
  if (/Ms$/.test(name)) return 'ms';
  return '';
}

function sheet(wb: ExcelJS.Workbook, name: string, headers: string[], rows: Value[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(headers).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  headers.forEach((h, i) => {
    ws.getColumn(i + 1).width = Math.min(40, Math.max(10, h.length + 2));
  });
  return ws;
}

const head = (name: string, unit: string) => (unit ? `${name} (${unit})` : name);
const scalar = (v: unknown): Value =>
  typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : null;

export async function resultToWorkbook(result: RunResult): Promise<ExcelJS.Workbook> {
  const Excel = await excel();
  const wb = new Excel.Workbook();
  wb.creator = 'baogong';

  const cols = dayColumns(result);
  sheet(
    wb,
    'days',
    cols.map(([h]) => h),
    result.days.map((d) => cols.map(([, f]) => f(d) ?? null)),
  );

  const s = result.summary;
  const summaryRows: Value[][] = [
    ['scenarioId', result.scenarioId, ''],
    ['scenarioName', result.scenarioName, ''],
    ['engineVersion', result.engineVersion, ''],
    ['inputHash', result.inputHash, ''],
    ['solver.name', result.solver.name, ''],
    ['solver.mode', result.solver.mode, ''],
    ['solver.status', result.solver.status, ''],
    ['solver.lpCount', result.solver.lpCount, 'LPs'],
  ];
  for (const [k, v] of Object.entries(s))
    if (v === null || typeof v !== 'object') summaryRows.push([k, scalar(v), summaryUnit(k)]);
  for (const [cat, m3] of Object.entries(s.gasCutM3ByCategory))
    summaryRows.push([`gasCutM3ByCategory.${cat}`, m3 ?? null, 'm³']);
  for (const w of result.warnings) summaryRows.push(['warning', w, '']);
  sheet(wb, 'summary', ['figure', 'value', 'unit'], summaryRows).getColumn(2).width = 24;

  sheet(
    wb,
    'yards',
    [
      'yard',
      'basis',
      head('maxDailyBurnT', 't/day'),
      head('designDayBurnT', 't/day'),
      head('seasonMaxBurnT', 't/day'),
      head('capacityBurnT', 't/day'),
      head('floorT', 't'),
      head('minStockT', 't'),
      head('minDaysOfCover', 'd'),
      head('firstBreach', 'YYYY-MM-DD'),
      head('extraOpeningStockToHoldFloorT', 't'),
    ],
    Object.entries(s.yards).map(([id, y]) => [
      id,
      y.basis,
      y.maxDailyBurnT,
      y.maxDailyBurnByBasisT['design-day'],
      y.maxDailyBurnByBasisT['season-max'],
      y.maxDailyBurnByBasisT.capacity,
      y.floorT,
      y.minStockT,
      y.minDaysOfCover,
      y.firstBreach,
      y.extraOpeningStockToHoldFloorT,
    ]),
  );

  const cats = new Map<string, { demand: number; served: number; cut: number; days: number }>();
  for (const d of result.days)
    for (const [cat, g] of Object.entries(d.gas.categories)) {
      if (!g) continue;
      const t = cats.get(cat) ?? { demand: 0, served: 0, cut: 0, days: 0 };
      t.demand += g.demandM3;
      t.served += g.servedM3;
      t.cut += g.cutM3;
      if (g.cutM3 > 1e-6) t.days += 1;
      cats.set(cat, t);
    }
  sheet(
    wb,
    'gas',
    [
      'category',
      head('demandM3', 'm³'),
      head('servedM3', 'm³'),
      head('cutM3', 'm³'),
      head('cutShare', '%'),
      head('daysWithCut', 'd'),
    ],
    [...cats].map(([cat, t]) => [cat, t.demand, t.served, t.cut, t.demand > 0 ? (100 * t.cut) / t.demand : 0, t.days]),
  );
  return wb;
}

/** The result workbook as an .xlsx file. */
export async function resultToXlsx(result: RunResult): Promise<Buffer> {
  return Buffer.from(await (await resultToWorkbook(result)).xlsx.writeBuffer());
}
