/** Reading and writing a JSON value by a dotted path (`deliveries.baseTPerDay`), and listing a table's rows in a scenario. */
import type { TableSheet } from './layout.ts';

type Obj = Record<string, unknown>;

export function getPath(value: unknown, dotted: string): unknown {
  let v = value;
  for (const key of dotted.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Obj)[key];
  }
  return v;
}

/** Sets a value, creating the objects on the way. */
export function setPath(target: Obj, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let o = target;
  for (const key of keys.slice(0, -1)) {
    if (o[key] === null || typeof o[key] !== 'object') o[key] = {};
    o = o[key] as Obj;
  }
  o[keys[keys.length - 1]] = value;
}

/** The array at a dotted path, created empty when absent. */
export function arrayAt(target: Obj, dotted: string): unknown[] {
  const found = getPath(target, dotted);
  if (Array.isArray(found)) return found;
  const made: unknown[] = [];
  setPath(target, dotted, made);
  return made;
}

/** `zones[0].buildings` → `zones[0].buildings` from pattern pieces: the JSON path of a row. */
export interface RowRef {
  readonly item: Obj;
  /** JSON path of the row's object, e.g. `zones[1].buildings[0]` or `gas.storage`. */
  readonly path: string;
  /** The parent row's id, for a child table. */
  readonly parentId?: unknown;
}

/** Every row of a table sheet in a scenario, in order. */
export function rowsOf(scenario: unknown, sheet: TableSheet): RowRef[] {
  if (sheet.single) {
    const item = getPath(scenario, sheet.rows);
    return item && typeof item === 'object' && Object.keys(item).length > 0
      ? [{ item: item as Obj, path: sheet.rows }]
      : [];
  }
  const [outer, inner] = sheet.rows.split('[].');
  const outerItems = getPath(scenario, outer);
  if (!Array.isArray(outerItems)) return [];
  if (inner === undefined) return outerItems.map((item, i) => ({ item: item as Obj, path: `${outer}[${i}]` }));
  const rows: RowRef[] = [];
  outerItems.forEach((parent, i) => {
    const items = getPath(parent, inner);
    if (Array.isArray(items))
      items.forEach((item, k) =>
        rows.push({ item: item as Obj, path: `${outer}[${i}].${inner}[${k}]`, parentId: (parent as Obj).id }),
      );
  });
  return rows;
}
