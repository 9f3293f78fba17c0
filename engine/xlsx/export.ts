/**
 * Scenario → workbook. Writes the scenario as written (no defaults filled: an absent field is
 * an empty cell), one sheet per table of the layout (engine/xlsx/layout.ts), headers with the
 * unit from the schema (`capacityMW (MW)`), the field's description and default as the
 * header's note, and a drop-down list on every enum cell and on every column that names a
 * row of another sheet (a source's zone and yard, a link's ends, a child row's parent).
 */
import type ExcelJS from 'exceljs';
import { excel, columnLetter, sheetRef } from './excel.ts';
import {
  EMPTY_SHEET,
  LISTS_SHEET,
  SETTINGS,
  SHEETS,
  columnsOf,
  type ListSheet,
  type TableSheet,
  type TextsSheet,
} from './layout.ts';
import { getPath, rowsOf } from './json-paths.ts';
import { descriptionOf, fieldInfo, type FieldInfo } from './schema-fields.ts';

/** Rows below the header that carry drop-downs (beyond the rows written), so rows added by hand get them too. */
const SPARE_ROWS = 300;

/** Columns that name a row of another sheet: the drop-down lists that sheet's ids. */
const REFERENCES: Readonly<Record<string, string>> = {
  'sources[].zone': 'zones',
  'sources[].yard': 'yards',
  'links[].from': 'zones',
  'links[].to': 'zones',
};

export const headerOf = (name: string, info: FieldInfo) => (info.unit ? `${name} (${info.unit})` : name);

function noteOf(info: FieldInfo): string {
  const parts = [info.description];
  if (info.defaultValue !== undefined) parts.push(`default: ${String(info.defaultValue)}`);
  if (info.options) parts.push(`one of: ${info.options.join(', ')}`);
  return parts.filter(Boolean).join('\n');
}

type Cell = string | number | boolean | null;
const cellValue = (v: unknown): Cell =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;

class Builder {
  private readonly lists = new Map<string, string>();
  /** The option lists, one column each, written to the hidden lists sheet at the end. */
  readonly listColumns: Array<readonly string[]> = [];
  constructor(readonly wb: ExcelJS.Workbook) {}

  /** A range of the hidden lists sheet holding the options (one column per distinct list). */
  listRange(options: readonly string[]): string {
    const key = options.join('\n');
    let range = this.lists.get(key);
    if (!range) {
      this.listColumns.push(options);
      const c = columnLetter(this.listColumns.length);
      range = `${sheetRef(LISTS_SHEET)}!$${c}$1:$${c}$${options.length}`;
      this.lists.set(key, range);
    }
    return range;
  }

  dropDown(ws: ExcelJS.Worksheet, address: string, formula: string, what: string): void {
    // a range (`B2:B300`) in one rule; exceljs has it at run time but not in its types
    (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
      address,
      {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: 'not in the list',
        error: `pick ${what} from the list`,
      },
    );
  }

  header(ws: ExcelJS.Worksheet, titles: Array<{ title: string; note?: string; width?: number }>): void {
    titles.forEach((t, i) => {
      const cell = ws.getCell(1, i + 1);
      cell.value = t.title;
      cell.font = { bold: true };
      if (t.note) cell.note = t.note;
      ws.getColumn(i + 1).width = t.width ?? Math.min(40, Math.max(10, t.title.length + 2));
    });
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
}

function settingsSheet(b: Builder, scenario: unknown): void {
  const ws = b.wb.addWorksheet('scenario');
  b.header(ws, [
    { title: 'field', width: 52 },
    { title: 'value', width: 28 },
    { title: 'unit', width: 10 },
    { title: 'default', width: 16 },
    { title: 'description', width: 100 },
  ]);
  SETTINGS.forEach((path, i) => {
    const info = fieldInfo(path);
    const r = i + 2;
    ws.getCell(r, 1).value = path;
    ws.getCell(r, 2).value = cellValue(getPath(scenario, path));
    ws.getCell(r, 3).value = info.unit;
    ws.getCell(r, 4).value = info.defaultValue ?? null;
    ws.getCell(r, 5).value = info.description;
    if (info.kind === 'date' || info.kind === 'text') ws.getCell(r, 2).numFmt = '@';
    if (info.options) b.dropDown(ws, `B${r}`, b.listRange(info.options), path);
    if (info.kind === 'boolean') b.dropDown(ws, `B${r}`, '"TRUE,FALSE"', 'TRUE or FALSE');
  });
}

function tableSheet(b: Builder, scenario: unknown, sheet: TableSheet): void {
  const rows = rowsOf(scenario, sheet);
  if (sheet.onlyWhenPresent && getPath(scenario, sheet.rows) === undefined) return;
  const ws = b.wb.addWorksheet(sheet.name);
  const cols = columnsOf(sheet);
  const infos = cols.map((c, i) =>
    i === 0 && sheet.parent
      ? { ...fieldInfo(c.pattern), description: `id of the row on sheet ${sheet.parent.sheet} this row belongs to` }
      : fieldInfo(c.pattern),
  );
  b.header(
    ws,
    cols.map((c, i) => ({ title: headerOf(c.name, infos[i]), note: noteOf(infos[i]) })),
  );
  rows.forEach((row, r) => {
    cols.forEach((c, i) => {
      const cell = ws.getCell(r + 2, i + 1);
      cell.value = i === 0 && sheet.parent ? cellValue(row.parentId) : cellValue(getPath(row.item, c.name));
    });
  });
  const last = (sheet.single ? 1 : rows.length + SPARE_ROWS) + 1;
  cols.forEach((c, i) => {
    const info = infos[i];
    const letter = columnLetter(i + 1);
    const range = `${letter}2:${letter}${last}`;
    if (info.kind === 'date' || info.kind === 'text') ws.getColumn(i + 1).numFmt = '@';
    if (info.options) b.dropDown(ws, range, b.listRange(info.options), c.name);
    const target = i === 0 && sheet.parent ? sheet.parent.sheet : REFERENCES[c.pattern];
    if (target)
      b.dropDown(
        ws,
        range,
        `${sheetRef(target)}!$A$2:$A$${Math.max(2, rowsOf(scenario, SHEETS.find((s) => s.name === target) as TableSheet).length + SPARE_ROWS + 1)}`,
        `one of the ids on sheet ${target}`,
      );
  });
}

function listSheet(b: Builder, scenario: unknown, sheet: ListSheet): void {
  const items = getPath(scenario, sheet.rows);
  if (sheet.onlyWhenPresent && items === undefined) return;
  const ws = b.wb.addWorksheet(sheet.name);
  const info = fieldInfo(`${sheet.rows}[]`);
  b.header(ws, [
    { title: sheet.label },
    {
      title: headerOf(sheet.column, info),
      note: noteOf({ ...info, description: descriptionOf(sheet.rows) || info.description }),
      width: 30,
    },
  ]);
  const list = Array.isArray(items) ? items : [];
  list.forEach((v, i) => {
    ws.getCell(i + 2, 1).value = i + (sheet.labelFrom ?? 1);
    ws.getCell(i + 2, 2).value = cellValue(v);
  });
  if (info.options)
    b.dropDown(ws, `B2:B${Math.max(list.length, info.options.length) + 1}`, b.listRange(info.options), sheet.column);
}

function textsSheet(b: Builder, scenario: unknown, sheet: TextsSheet): void {
  const ws = b.wb.addWorksheet(sheet.name);
  const names = sheet.lists.map((l) => l.slice(l.lastIndexOf('.') + 1));
  b.header(ws, [
    { title: 'list', note: `which list the text belongs to: ${names.join(' or ')}` },
    { title: 'text', width: 120 },
  ]);
  let r = 2;
  sheet.lists.forEach((path, k) => {
    const items = getPath(scenario, path);
    if (Array.isArray(items))
      for (const text of items) {
        ws.getCell(r, 1).value = names[k];
        ws.getCell(r, 2).value = cellValue(text);
        ws.getCell(r, 2).alignment = { wrapText: true };
        r++;
      }
  });
  b.dropDown(ws, `A2:A${r + SPARE_ROWS}`, b.listRange(names), 'the list');
}

/** Paths of arrays and objects written empty (`"gas": {}`): rows cannot show them, so they are listed for an exact round trip. */
function emptyContainers(value: unknown, path = ''): Array<[string, string]> {
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [`${path}[${i}]`, v] as const)
    : Object.entries(value).map(([k, v]) => [path === '' ? k : `${path}.${k}`, v] as const);
  if (entries.length === 0) return path === '' ? [] : [[path, Array.isArray(value) ? '[]' : '{}']];
  return entries.flatMap(([p, v]) => emptyContainers(v, p));
}

/** The workbook of a scenario as written; `scenario` should be valid (the CLI validates it first). */
export async function scenarioToWorkbook(scenario: unknown): Promise<ExcelJS.Workbook> {
  const Excel = await excel();
  const wb = new Excel.Workbook();
  wb.creator = 'baogong';
  const b = new Builder(wb);
  for (const sheet of SHEETS) {
    if (sheet.kind === 'settings') settingsSheet(b, scenario);
    else if (sheet.kind === 'table') tableSheet(b, scenario, sheet);
    else if (sheet.kind === 'list') listSheet(b, scenario, sheet);
    else textsSheet(b, scenario, sheet);
  }
  const listWs = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  b.listColumns.forEach((options, c) =>
    options.forEach((o, r) => {
      listWs.getCell(r + 1, c + 1).value = o;
    }),
  );
  const empty = wb.addWorksheet(EMPTY_SHEET, { state: 'hidden' });
  empty.getRow(1).values = ['path', 'written as'];
  emptyContainers(scenario).forEach(([path, as], i) => {
    empty.getRow(i + 2).values = [path, as];
  });
  return wb;
}

/** The scenario as an .xlsx file. */
export async function scenarioToXlsx(scenario: unknown): Promise<Buffer> {
  const wb = await scenarioToWorkbook(scenario);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
