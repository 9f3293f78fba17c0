/**
 * The editable tables of "Your scenarios", as data, and the small pure helpers the editor
 * uses: read and write a value by JSON path (`sources[0].capacityMW`, the engine's own path
 * form, so a validation problem lands on the field it names) and move an item of a list.
 * Every column's label carries its unit; titles and labels are catalogue keys (i18n.js).
 */

/** policy.protectOrder when a scenario does not write one (engine/scenario/schema.ts DEFAULT_PROTECT_ORDER). */
export const DEFAULT_PROTECT_ORDER = [
  'heat-residential',
  'gas-residential',
  'gas-heating-residential',
  'gas-public-welfare',
  'heat-nonresidential',
  'gas-heating-nonresidential',
  'coal-reserve-floor',
  'gas-commercial',
  'gas-cng-vehicles',
  'gas-industrial',
  'gas-interruptible',
];

/**
 * Each table: where its rows are, how a row is named (`word` gives a domain code's word in the page's
 * language), and its number columns (field path inside the row, label with unit).
 */
export const TABLES = [
  {
    key: 'sources',
    title: 'page.city.tables.sources',
    rowName: (r, word) => `${r.id ?? '?'} (${word('sourceKind', r.kind ?? '?')})`,
    columns: [
      { field: 'capacityMW', label: 'page.city.tables.capacityMW' },
      { field: 'minOutputMW', label: 'page.city.tables.minOutputMW', placeholder: 'page.city.tables.minOutputDefault' },
    ],
    outages: true,
    copyable: true,
  },
  {
    key: 'yards',
    title: 'page.city.tables.yards',
    copyable: true,
    rowName: (r) => r.id ?? '?',
    columns: [
      { field: 'openingStockT', label: 'page.city.tables.openingStockT' },
      { field: 'deliveries.baseTPerDay', label: 'page.city.tables.deliveriesTPerDay' },
    ],
  },
  {
    key: 'gas.supplyPoints',
    title: 'page.city.tables.supplyPoints',
    copyable: true,
    rowName: (r, word) => `${r.id ?? '?'} (${word('supplyKind', r.kind ?? 'pipeline')})`,
    columns: [
      { field: 'capacityM3PerDay', label: 'page.city.tables.capacityM3PerDay' },
      {
        field: 'contractM3PerDay',
        label: 'page.city.tables.contractM3PerDay',
        placeholder: 'page.city.tables.contractNone',
      },
    ],
  },
  {
    key: 'gas.categories',
    title: 'page.city.tables.categories',
    addCategory: true,
    rowName: (r, word) => word('gasCategory', r.category ?? '?'),
    columns: [{ field: 'baseM3PerDay', label: 'page.city.tables.baseM3PerDay' }],
  },
];

/** `a.b[2].c` → ['a', 'b', 2, 'c']. */
export function parsePath(path) {
  const keys = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return keys;
}

export function getAt(obj, path) {
  let v = obj;
  for (const k of parsePath(path)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = v[k];
  }
  return v;
}

/** Writes `value` at `path`, making the objects on the way; `undefined` removes the key (its default then applies). */
export function setAt(obj, path, value) {
  const keys = parsePath(path);
  let v = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    if (v[keys[i]] === null || typeof v[keys[i]] !== 'object') v[keys[i]] = typeof keys[i + 1] === 'number' ? [] : {};
    v = v[keys[i]];
  }
  const last = keys[keys.length - 1];
  if (value === undefined) delete v[last];
  else v[last] = value;
  return obj;
}

/** A number input's value as the scenario holds it: empty → undefined, otherwise the number (NaN kept as the text, so validation names it). */
export function inputValue(text) {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
}

/** A copy of `list` with item `i` moved by `by` places (−1 up, +1 down), or the same items when it cannot move. */
export function moveItem(list, i, by) {
  const j = i + by;
  if (j < 0 || j >= list.length) return [...list];
  const out = [...list];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

/** The field a problem belongs to: its own path when a field has it, else the nearest enclosing one shown, else null. */
export function fieldForProblem(path, shown) {
  for (let p = path; p !== ''; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    if (shown.has(p)) return p;
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(p)) break;
  }
  return null;
}

/** The gas consumer categories, from the default priority order (`gas-…` items). */
export const GAS_CATEGORIES = DEFAULT_PROTECT_ORDER.filter((i) => i.startsWith('gas-')).map((i) => i.slice(4));

/** A copy of row `i` inserted after it, with an id no other row has (`chp` → `chp_2`, `chp_3` …); outages kept. */
export function copyRow(rows, i) {
  const ids = new Set(rows.map((r) => r.id));
  const base = String(rows[i].id ?? 'row').replace(/_\d+$/, '');
  let n = 2;
  while (ids.has(`${base}_${n}`)) n++;
  const copy = { ...structuredClone(rows[i]), id: `${base}_${n}` };
  return [...rows.slice(0, i + 1), copy, ...rows.slice(i + 1)];
}

/** The rows without row `i`. */
export function removeRow(rows, i) {
  return rows.filter((_, k) => k !== i);
}
