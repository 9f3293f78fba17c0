/**
 * Where each value of an imported scenario came from: JSON path → `sheet!B7`. Kept while the
 * workbook is read, so that a problem found later in the assembled scenario (a zod issue, a
 * cross-field check) is reported at the cell a person has to fix.
 */

export type PathKey = string | number;

interface RowPlace {
  readonly sheet: string;
  readonly row: number;
  readonly columns: ReadonlyMap<string, string>;
}

export const address = (sheet: string, column: string, row: number) => `${sheet}!${column}${row}`;

/** `sources[2].yard` → ['sources', 2, 'yard']. */
export function parsePath(path: string): PathKey[] {
  const keys: PathKey[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return keys;
}

/** ['sources', 2, 'yard'] → `sources[2].yard`. */
export function formatKeys(keys: readonly PathKey[]): string {
  return keys.reduce<string>((out, k) => (typeof k === 'number' ? `${out}[${k}]` : out === '' ? k : `${out}.${k}`), '');
}

export class CellMap {
  private readonly cells = new Map<string, string>();
  private readonly rows = new Map<string, RowPlace>();
  private readonly sheets = new Map<string, string>();

  /** A value read from a cell. */
  cell(path: string, at: string): void {
    this.cells.set(path, at);
  }

  /** A row that became the object at `path`; `columns` maps a field below it to its column letter. */
  row(path: string, sheet: string, row: number, columns: ReadonlyMap<string, string>): void {
    this.rows.set(path, { sheet, row, columns });
  }

  /** The sheet that holds an array (`zones`, `zones[0].buildings`): a problem with the whole table points at it. */
  sheet(path: string, sheet: string): void {
    this.sheets.set(path, sheet);
  }

  has(at: string): boolean {
    return [...this.cells.values()].includes(at);
  }

  /**
   * The cell of a JSON path: the cell it was read from; else the cell of its column in the
   * row of its nearest object (a field left empty); else that whole row (`sources!7:7`);
   * else the sheet of its table; else ''.
   */
  addressOf(keys: readonly PathKey[]): string {
    const exact = this.cells.get(formatKeys(keys));
    if (exact) return exact;
    for (let k = keys.length; k >= 0; k--) {
      const place = this.rows.get(formatKeys(keys.slice(0, k)));
      if (!place) continue;
      const rest = keys
        .slice(k)
        .filter((x) => typeof x === 'string')
        .join('.');
      const column = place.columns.get(rest);
      return column ? address(place.sheet, column, place.row) : `${place.sheet}!${place.row}:${place.row}`;
    }
    for (let k = keys.length; k >= 0; k--) {
      const sheet = this.sheets.get(formatKeys(keys.slice(0, k)));
      if (sheet) return sheet;
    }
    return '';
  }
}
