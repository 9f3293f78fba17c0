/**
 * Workbook → scenario, as written: the cells filled become the fields (an empty cell is an
 * absent field, so defaults stay the schema's), keys in the layout's order. Every problem —
 * a cell of the wrong type, an unknown column or setting, a child row naming no parent, then
 * the schema and the cross-field checks on the assembled scenario — is reported at its cell
 * (`sources!E7: capacityMW must be ≥ 0 (got -5)`) as one `SCENARIO_XLSX` error.
 */
import type ExcelJS from 'exceljs';
import { BaogongError, type Problem } from '../errors.ts';
import { type Message, message } from '../i18n/message.ts';
import { scenarioSchema } from '../scenario/schema.ts';
import { checkScenario } from '../scenario/validate.ts';
import { excel, columnLetter } from './excel.ts';
import {
  EMPTY_SHEET,
  SETTINGS,
  SHEETS,
  columnsOf,
  sortKeys,
  type ListSheet,
  type TableSheet,
  type TextsSheet,
} from './layout.ts';
import { arrayAt, getPath, setPath } from './json-paths.ts';
import { CellMap, address, parsePath } from './cell-map.ts';
import { checkProblems, schemaProblems } from './cell-errors.ts';
import { plain, readCell } from './cells.ts';
import { fieldInfo } from './schema-fields.ts';

type Obj = Record<string, unknown>;

/** What the header of a column names: `capacityMW (MW)` → `capacityMW`. */
const headerName = (v: ExcelJS.CellValue) =>
  String(plain(v) ?? '')
    .replace(/\s*\(.*\)\s*$/, '')
    .trim();

class Reader {
  readonly root: Obj = {};
  readonly cells = new CellMap();
  readonly problems: Problem[] = [];
  /** Rows of each table by id, for the child tables that name them. */
  private readonly ids = new Map<string, Map<string, Obj>>();
  private readonly idPaths = new Map<string, Map<string, string>>();

  constructor(private readonly wb: ExcelJS.Workbook) {}

  problem(at: string, said: { message: string; text?: Message }): void {
    this.problems.push({ path: at, ...said });
  }

  /** Header names → column numbers; unknown and repeated headers are problems. */
  private header(ws: ExcelJS.Worksheet, known: readonly string[]): Map<string, number> {
    const found = new Map<string, number>();
    for (let c = 1; c <= ws.columnCount; c++) {
      const name = headerName(ws.getCell(1, c).value);
      if (name === '') continue;
      const at = address(ws.name, columnLetter(c), 1);
      if (!known.includes(name))
        this.problem(at, message('problems.xlsx.unknownColumn', { name, sheet: ws.name, columns: known.join(', ') }));
      else if (found.has(name)) this.problem(at, message('problems.xlsx.columnTwice', { name }));
      else found.set(name, c);
    }
    return found;
  }

  private read(
    ws: ExcelJS.Worksheet,
    r: number,
    c: number,
    pattern: string,
    field: string,
  ): { at: string; value: string | number | boolean | undefined } {
    const at = address(ws.name, columnLetter(c), r);
    const info = fieldInfo(pattern);
    const got = readCell(ws.getCell(r, c).value, info.kind, field, info.options);
    if (!got.ok) {
      this.problem(at, got);
      return { at, value: undefined };
    }
    return { at, value: got.value };
  }

  settings(): void {
    const ws = this.wb.getWorksheet('scenario');
    if (!ws) {
      this.problem('scenario', message('problems.xlsx.noScenarioSheet'));
      return;
    }
    const cols = this.header(ws, ['field', 'value', 'unit', 'default', 'description']);
    const fieldCol = cols.get('field') ?? 1,
      valueCol = cols.get('value') ?? 2;
    const seen = new Set<string>();
    for (let r = 2; r <= ws.rowCount; r++) {
      const path = String(plain(ws.getCell(r, fieldCol).value) ?? '').trim();
      if (path === '') continue;
      const at = address(ws.name, columnLetter(valueCol), r);
      if (!SETTINGS.includes(path)) {
        this.problem(address(ws.name, columnLetter(fieldCol), r), message('problems.xlsx.unknownSetting', { path }));
        continue;
      }
      if (seen.has(path)) {
        this.problem(address(ws.name, columnLetter(fieldCol), r), message('problems.xlsx.settingTwice', { path }));
        continue;
      }
      seen.add(path);
      this.cells.row(path, ws.name, r, new Map([['', columnLetter(valueCol)]]));
      const { value } = this.read(ws, r, valueCol, path, path);
      if (value === undefined) continue;
      setPath(this.root, path, value);
      this.cells.cell(path, at);
    }
  }

  table(sheet: TableSheet): void {
    const ws = this.wb.getWorksheet(sheet.name);
    const columns = columnsOf(sheet);
    const [outer, inner] = sheet.rows.split('[].');
    if (!sheet.parent && !sheet.single) this.cells.sheet(outer, sheet.name);
    if (!ws) return;
    const cols = this.header(
      ws,
      columns.map((c) => c.name),
    );
    const letters = new Map([...cols].map(([name, c]) => [name, columnLetter(c)]));
    const own = sheet.parent ? columns.slice(1) : columns;
    const ids = new Map<string, Obj>();
    const idPaths = new Map<string, string>();
    let count = 0;
    for (let r = 2; r <= ws.rowCount; r++) {
      const values: Array<{ name: string; at: string; value: string | number | boolean }> = [];
      let filled = false;
      for (const c of own) {
        const col = cols.get(c.name);
        if (col === undefined) continue;
        if (plain(ws.getCell(r, col).value) !== null && plain(ws.getCell(r, col).value) !== '') filled = true;
        const { at, value } = this.read(ws, r, col, c.pattern, c.name);
        if (value !== undefined) values.push({ name: c.name, at, value });
      }
      const parentCol = sheet.parent ? cols.get(sheet.parent.column) : undefined;
      const parentText = parentCol === undefined ? '' : String(plain(ws.getCell(r, parentCol).value) ?? '').trim();
      if (!filled && parentText === '') continue;
      const item: Obj = {};
      for (const v of values) setPath(item, v.name, v.value);
      let path: string;
      if (sheet.single) {
        if (count > 0) {
          this.problem(address(ws.name, 'A', r), message('problems.xlsx.singleRow', { sheet: sheet.name }));
          continue;
        }
        setPath(this.root, sheet.rows, item);
        path = sheet.rows;
      } else if (sheet.parent) {
        const at = address(ws.name, letters.get(sheet.parent.column) ?? 'A', r);
        if (parentText === '') {
          this.problem(
            at,
            message('problems.xlsx.parentEmpty', { column: sheet.parent.column, sheet: sheet.parent.sheet }),
          );
          continue;
        }
        const parent = this.ids.get(sheet.parent.sheet)?.get(parentText);
        if (!parent) {
          this.problem(
            at,
            message('problems.xlsx.parentUnknown', {
              column: sheet.parent.column,
              id: parentText,
              sheet: sheet.parent.sheet,
            }),
          );
          continue;
        }
        const list = arrayAt(parent, inner);
        const parentPath = this.idPaths.get(sheet.parent.sheet)!.get(parentText)!;
        path = `${parentPath}.${inner}[${list.length}]`;
        list.push(item);
        this.cells.sheet(`${parentPath}.${inner}`, sheet.name);
      } else {
        const list = arrayAt(this.root, outer);
        path = `${outer}[${list.length}]`;
        list.push(item);
      }
      count++;
      this.cells.row(path, ws.name, r, letters);
      for (const v of values) this.cells.cell(`${path}.${v.name}`, v.at);
      if (typeof item.id === 'string' && !ids.has(item.id)) {
        ids.set(item.id, item);
        idPaths.set(item.id, path);
      }
    }
    this.ids.set(sheet.name, ids);
    this.idPaths.set(sheet.name, idPaths);
  }

  list(sheet: ListSheet): void {
    const ws = this.wb.getWorksheet(sheet.name);
    this.cells.sheet(sheet.rows, sheet.name);
    if (!ws) return;
    const cols = this.header(ws, [sheet.label, sheet.column]);
    const col = cols.get(sheet.column);
    if (col === undefined) return;
    for (let r = 2; r <= ws.rowCount; r++) {
      const { at, value } = this.read(ws, r, col, `${sheet.rows}[]`, sheet.column);
      if (value === undefined) continue;
      const list = arrayAt(this.root, sheet.rows);
      this.cells.cell(`${sheet.rows}[${list.length}]`, at);
      list.push(value);
    }
  }

  texts(sheet: TextsSheet): void {
    const ws = this.wb.getWorksheet(sheet.name);
    if (!ws) return;
    const names = sheet.lists.map((l) => l.slice(l.lastIndexOf('.') + 1));
    const cols = this.header(ws, ['list', 'text']);
    const listCol = cols.get('list') ?? 1,
      textCol = cols.get('text') ?? 2;
    for (let r = 2; r <= ws.rowCount; r++) {
      const text = readCell(ws.getCell(r, textCol).value, 'text', 'text');
      const which = String(plain(ws.getCell(r, listCol).value) ?? '').trim();
      if (!text.ok || text.value === undefined) {
        if (which !== '') this.problem(address(ws.name, columnLetter(textCol), r), message('problems.xlsx.textEmpty'));
        continue;
      }
      const k = names.indexOf(which);
      if (k < 0) {
        this.problem(
          address(ws.name, columnLetter(listCol), r),
          message('problems.xlsx.listOneOf', { lists: names.join(', '), got: JSON.stringify(which) }),
        );
        continue;
      }
      const list = arrayAt(this.root, sheet.lists[k]);
      this.cells.cell(`${sheet.lists[k]}[${list.length}]`, address(ws.name, columnLetter(textCol), r));
      list.push(text.value);
    }
  }

  /** Arrays and objects the JSON had empty come back where nothing else filled them. */
  writtenEmpty(): void {
    const ws = this.wb.getWorksheet(EMPTY_SHEET);
    if (!ws) return;
    for (let r = 2; r <= ws.rowCount; r++) {
      const path = String(plain(ws.getCell(r, 1).value) ?? '').trim();
      const as = String(plain(ws.getCell(r, 2).value) ?? '').trim();
      if (path === '' || (as !== '[]' && as !== '{}')) continue;
      const keys = parsePath(path);
      let o: unknown = this.root;
      let ok = true;
      for (const [i, k] of keys.slice(0, -1).entries()) {
        const next = (o as Record<string | number, unknown>)[k];
        if (next === undefined && typeof k === 'string' && typeof keys[i + 1] === 'string') (o as Obj)[k] = {};
        else if (next === null || typeof next !== 'object') {
          ok = false;
          break;
        }
        o = (o as Record<string | number, unknown>)[k];
      }
      const last = keys[keys.length - 1];
      if (ok && typeof last === 'string' && getPath(o, last) === undefined) (o as Obj)[last] = as === '[]' ? [] : {};
    }
  }
}

/** Reads a scenario workbook; throws `SCENARIO_XLSX` naming every problem by sheet!cell. */
export async function scenarioFromXlsx(data: Buffer | ArrayBuffer | Uint8Array): Promise<Record<string, unknown>> {
  const Excel = await excel();
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (err) {
    // the reader's own words stay in the English only
    const detail = (err as Error).message;
    throw new BaogongError(
      'SCENARIO_XLSX',
      { message: `not a readable .xlsx workbook: ${detail}`, text: { key: 'errors.headline.notXlsx' } },
      [{ path: '', message: detail, text: { key: 'problems.xlsx.unreadable' } }],
    );
  }
  return scenarioFromWorkbook(wb);
}

export function scenarioFromWorkbook(wb: ExcelJS.Workbook): Record<string, unknown> {
  const reader = new Reader(wb);
  for (const sheet of SHEETS) {
    if (sheet.kind === 'settings') reader.settings();
    else if (sheet.kind === 'table') reader.table(sheet);
    else if (sheet.kind === 'list') reader.list(sheet);
    else reader.texts(sheet);
  }
  reader.writtenEmpty();
  const scenario = sortKeys(reader.root) as Record<string, unknown>;
  const problems = [...reader.problems];
  const parsed = scenarioSchema.safeParse(scenario);
  if (!parsed.success)
    problems.push(
      ...schemaProblems(parsed.error, scenario, reader.cells, new Set(SETTINGS), new Set(problems.map((p) => p.path))),
    );
  else if (problems.length === 0) {
    const outcome = checkScenario(scenario);
    if (!outcome.ok) problems.push(...checkProblems(outcome.problems, reader.cells));
  }
  if (problems.length > 0) {
    const n = problems.length;
    throw new BaogongError(
      'SCENARIO_XLSX',
      message(n === 1 ? 'errors.headline.workbook.one' : 'errors.headline.workbook.many', { n: String(n) }),
      problems,
    );
  }
  return scenario;
}
