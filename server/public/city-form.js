/**
 * The editable tables of "Your scenarios", as data, and the small pure helpers the editor
 * uses: read and write a value by JSON path (`sources[0].capacityMW`, the engine's own path
 * form, so a validation problem lands on the field it names) and move an item of a list.
 * Every column's label carries its unit.
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

/** Each table: where its rows are, how a row is named, and its number columns (field path inside the row, label with unit). */
export const TABLES = [
  {
    key: 'sources',
    title: 'Heat sources',
    rowName: (r) => `${r.id ?? '?'} (${r.kind ?? '?'})`,
    columns: [
      { field: 'capacityMW', label: 'Capacity (MW)' },
      { field: 'minOutputMW', label: 'Must-run (MW)', placeholder: '0 (default)' },
    ],
    outages: true,
    copyable: true,
  },
  {
    key: 'yards',
    title: 'Coal yards',
    copyable: true,
    rowName: (r) => r.id ?? '?',
    columns: [
      { field: 'openingStockT', label: 'Opening stock (t)' },
      { field: 'deliveries.baseTPerDay', label: 'Deliveries (t/day)' },
    ],
  },
  {
    key: 'gas.supplyPoints',
    title: 'Gas supply points',
    copyable: true,
    rowName: (r) => `${r.id ?? '?'} (${r.kind ?? 'pipeline'})`,
    columns: [
      { field: 'capacityM3PerDay', label: 'Capacity (m³/day)' },
      { field: 'contractM3PerDay', label: 'Contract (m³/day)', placeholder: 'none' },
    ],
  },
  {
    key: 'gas.categories',
    title: 'Gas consumer categories',
    addCategory: true,
    rowName: (r) => r.category ?? '?',
    columns: [{ field: 'baseM3PerDay', label: 'Base demand (m³/day)' }],
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
