/** A malformed workbook (test/fixtures/malformed-city.ts): every problem is named by sheet!cell with its own message, nothing is half-imported. */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { BaogongError } from '../../engine/index.ts';
import { scenarioFromXlsx, scenarioToWorkbook } from '../../engine/xlsx/index.ts';
import { MALFORMED_CITY_EXPECTED, malformedCityXlsx } from '../fixtures/malformed-city.ts';
import { oneDayCoal } from '../server/helpers.ts';

async function problemsOf(data: Buffer): Promise<BaogongError> {
  try {
    await scenarioFromXlsx(data);
  } catch (err) {
    return err as BaogongError;
  }
  throw new Error('the workbook was accepted');
}

describe('import errors name the sheet, row and column', () => {
  it('reports each planted mistake at its cell, under SCENARIO_XLSX', async () => {
    const err = await problemsOf(await malformedCityXlsx());
    expect(err).toBeInstanceOf(BaogongError);
    expect(err.code).toBe('SCENARIO_XLSX');
    expect(err.message).toBe(`workbook has ${MALFORMED_CITY_EXPECTED.length} problems`);
    const english = err.problems.map(({ path, message }) => ({ path, message }));
    expect(english.sort((a, b) => a.path.localeCompare(b.path))).toEqual(
      [...MALFORMED_CITY_EXPECTED].sort((a, b) => a.path.localeCompare(b.path)),
    );
  });

  it('moves a cross-field check to the cell it names', async () => {
    const wb = await scenarioToWorkbook(oneDayCoal());
    wb.getWorksheet('sources')!.getCell('E2').value = 'nowhere'; // the boiler's yard
    const err = await problemsOf(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(err.problems.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: 'sources!E2', message: expect.stringContaining('names yard `nowhere`, which does not exist') },
    ]);
  });

  it('accepts what a spreadsheet does to values: numbers typed as text, date cells, formulas', async () => {
    const wb = await scenarioToWorkbook(oneDayCoal());
    const sources = wb.getWorksheet('sources')!;
    const capacity = sources.getCell('F2').value as number;
    sources.getCell('F2').value = { formula: `${capacity}*1`, result: capacity };
    sources.getCell('G2').value = ' 0 ';
    const settings = wb.getWorksheet('scenario')!;
    // the row of horizon.start, found by its field name (column A)
    let row = 0;
    settings.eachRow((r, n) => {
      if (r.getCell(1).value === 'horizon.start') row = n;
    });
    expect(row).toBeGreaterThan(1);
    const start = settings.getCell(`B${row}`).value as string;
    settings.getCell(`B${row}`).value = new Date(`${start}T00:00:00Z`);
    const back = await scenarioFromXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    expect((back.sources as any)[0].capacityMW).toBe(capacity);
    expect((back.sources as any)[0].minOutputMW).toBe(0);
    expect((back.horizon as any).start).toBe(start);
  });

  it('refuses a file that is no workbook', async () => {
    const err = await problemsOf(Buffer.from('not a zip'));
    expect(err.code).toBe('SCENARIO_XLSX');
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('notes');
    const none = await problemsOf(Buffer.from(await empty.xlsx.writeBuffer()));
    expect(none.problems[0]).toMatchObject({ path: 'scenario' });
  });
});
