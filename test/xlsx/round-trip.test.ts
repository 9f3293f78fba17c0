/**
 * JSON → XLSX → JSON gives back every shipped scenario exactly as written: the same text of
 * `JSON.stringify`, so the same fields, values, absent fields absent, empty `{}`/`[]` kept,
 * and the same key order (the layout follows the order the scenarios are written in).
 * And the layout covers the schema: every scalar field has a cell, every number a unit, every
 * enum a drop-down list.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { scenarioSchema } from '../../engine/index.ts';
import { scenarioFromXlsx, scenarioToXlsx } from '../../engine/xlsx/index.ts';
import { FIELDS, SHEETS, columnsOf, type TableSheet } from '../../engine/xlsx/layout.ts';
import { fieldInfo } from '../../engine/xlsx/schema-fields.ts';

const dir = new URL('../../scenarios/', import.meta.url);
const shipped = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .sort();

describe('every shipped scenario survives JSON → XLSX → JSON unchanged', () => {
  it('finds the shipped scenarios', () => expect(shipped.length).toBeGreaterThanOrEqual(6));
  it.each(shipped)('%s', async (file) => {
    const written = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
    const back = await scenarioFromXlsx(await scenarioToXlsx(written));
    expect(back).toEqual(written);
    expect(JSON.stringify(back)).toBe(JSON.stringify(written)); // key order too
  });
});

/** Every scalar leaf of the schema as a path pattern (`sources[].capacityMW`). */
function leaves(node: any, path: string, out: Set<string>): Set<string> {
  const def = node._zod.def;
  if (['default', 'prefault', 'optional', 'nullable'].includes(def.type)) return leaves(def.innerType, path, out);
  if (def.type === 'object') for (const [k, v] of Object.entries(def.shape)) leaves(v, path ? `${path}.${k}` : k, out);
  else if (def.type === 'union') for (const o of def.options) leaves(o, path, out);
  else if (def.type === 'array') leaves(def.element, `${path}[]`, out);
  else out.add(path);
  return out;
}

describe('the layout', () => {
  it('has a cell for every scalar field of the schema, and nothing else', () => {
    expect(new Set(FIELDS.map((f) => f.path))).toEqual(leaves(scenarioSchema, '', new Set()));
  });
  it('names a unit for every number and an option list for every enum', () => {
    for (const { path } of FIELDS) {
      const info = fieldInfo(path);
      if (info.kind === 'number' || (info.kind === 'integer' && !/Seed$/.test(path)))
        expect(info.unit, path).not.toBe('');
      if (info.kind === 'enum') expect(info.options?.length, path).toBeGreaterThan(1);
    }
    expect(fieldInfo('sources[].capacityMW').unit).toBe('MW');
    expect(fieldInfo('yards[].deliveries.baseTPerDay').unit).toBe('t/day');
    expect(fieldInfo('shortageValuation.unservedHeatYuanPerMWh.residential').unit).toBe('¥/MWh');
    expect(fieldInfo('sources[].kind').options).toEqual([
      'coal-chp',
      'coal-boiler',
      'gas-boiler',
      'electric-boiler',
      'heat-pump',
      'waste-heat',
    ]);
  });

  it('writes units in the headers and a drop-down on every enum column', async () => {
    const demo = JSON.parse(readFileSync(new URL('demo-beijing-2012.json', dir), 'utf8'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await scenarioToXlsx(demo)) as unknown as ArrayBuffer);
    const sources = wb.getWorksheet('sources')!;
    const headers = (sources.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 7)).toEqual(['id', 'name', 'kind', 'zone', 'yard', 'capacityMW (MW)', 'minOutputMW (MW)']);
    for (const sheet of SHEETS.filter(
      (s): s is TableSheet => s.kind === 'table' && wb.getWorksheet(s.name) !== undefined,
    )) {
      const ws = wb.getWorksheet(sheet.name)!;
      columnsOf(sheet).forEach((c, i) => {
        if (fieldInfo(c.pattern).kind !== 'enum') return;
        const cell = ws.getCell(2, i + 1);
        expect(cell.dataValidation?.type, `${sheet.name} ${c.name}`).toBe('list');
      });
    }
    expect(sources.getCell('C2').dataValidation).toMatchObject({
      type: 'list',
      formulae: [expect.stringMatching(/^lists!\$[A-Z]+\$1:\$[A-Z]+\$6$/)],
    });
    const settings = wb.getWorksheet('scenario')!;
    const row = (settings.getColumn(1).values as unknown[]).indexOf('dispatch.solver');
    expect(settings.getCell(row, 2).dataValidation?.type).toBe('list');
    expect(wb.getWorksheet('lists')!.state).toBe('hidden');
  });
});
