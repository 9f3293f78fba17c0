/** Numbers with their units, and the summary blocks of a run and of a comparison. */
import { describeWhatIf } from './what-if-text.js';

const nf = (digits) => new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** 1234.5, 'MWh' → "1,235 MWh"; '¥' goes in front. */
export function withUnit(value, unit, digits = 0) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const n = nf(digits).format(value);
  return unit === '¥' ? `¥${n}` : `${n} ${unit}`;
}

/** The summary figures shown, each under a stable data-field. */
export const SUMMARY_FIELDS = [
  {
    field: 'first-reserve-breach',
    key: 'firstReserveBreach',
    label: 'First coal reserve breach',
    kind: 'date',
    none: 'none — floor held',
    bad: (v) => v !== null,
  },
  {
    field: 'min-days-of-cover',
    key: 'minDaysOfCover',
    label: 'Minimum days of coal cover',
    unit: 'd',
    digits: 1,
    bad: (v) => v !== null && v < 30 - 1e-6,
  },
  {
    field: 'min-days-of-cover-date',
    key: 'minDaysOfCoverDate',
    label: 'Minimum cover reached on',
    kind: 'date',
    none: '—',
  },
  { field: 'homes-protected', key: 'homesProtected', label: 'Homes protected', kind: 'bool', bad: (v) => v === false },
  { field: 'unserved-heat', key: 'unservedHeatMWh', label: 'Unserved heat', unit: 'MWh', bad: (v) => v > 1e-3 },
  {
    field: 'unserved-residential-heat',
    key: 'unservedResidentialHeatMWh',
    label: 'Unserved heat for homes',
    unit: 'MWh',
    bad: (v) => v > 1e-3,
  },
  { field: 'cost', key: 'costYuan', label: 'Total cost over the horizon (supply + shortage)', unit: '¥' },
  { field: 'supply-cost', key: 'supplyCostYuan', label: 'Supply cost (bought and run)', unit: '¥' },
  {
    field: 'shortage-cost',
    key: 'shortageCostYuan',
    label: 'Shortage cost (unserved heat and gas cuts, valued)',
    unit: '¥',
    bad: (v) => v > 1e-3,
  },
  { field: 'cold-wave-days', key: 'coldWaveDays', label: 'Cold-wave days', unit: 'd' },
  { field: 'coal-burn', key: 'coalBurnT', label: 'Coal burned', unit: 't' },
  { field: 'gas-supplied', key: 'gasSuppliedM3', label: 'Gas supplied', unit: 'm³' },
  { field: 'peak-demand', key: 'peakDemandMW', label: 'Peak heat demand', unit: 'MW' },
  { field: 'days', key: 'days', label: 'Horizon', unit: 'd' },
];

export function formatField(f, v) {
  if (f.kind === 'date') return v ?? f.none;
  if (f.kind === 'bool') return v === true ? 'yes' : v === false ? 'no — homes lost heat or gas' : '—';
  return withUnit(v, f.unit, f.digits ?? 0);
}

function el(tag, attrs = {}, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The summary cards; every value carries data-field and its raw JSON value in data-value. */
export function renderSummary(container, summary) {
  container.replaceChildren();
  for (const f of SUMMARY_FIELDS) {
    const v = summary[f.key] ?? null;
    const item = el('div', { class: `item${f.bad?.(v) ? ' bad' : ''}` });
    item.append(el('div', { class: 'label' }, f.label));
    item.append(
      el('div', { class: 'value', 'data-field': f.field, 'data-value': JSON.stringify(v) }, formatField(f, v)),
    );
    container.append(item);
  }
  const gas = el('div', { class: 'item gas' });
  gas.append(el('div', { class: 'label' }, 'Gas cut by consumer category (m³ over the horizon)'));
  const table = el('table', { 'data-field': 'gas-cut' });
  const head = el('tr');
  const row = el('tr');
  const cuts = summary.gasCutM3ByCategory ?? {};
  for (const [cat, m3] of Object.entries(cuts)) {
    head.append(el('th', { class: 'num' }, cat));
    row.append(
      el('td', { class: 'num', 'data-field': `gas-cut-${cat}`, 'data-value': JSON.stringify(m3) }, withUnit(m3, 'm³')),
    );
  }
  if (Object.keys(cuts).length === 0) row.append(el('td', {}, 'no gas consumers in this scenario'));
  table.append(head, row);
  gas.append(table);
  container.append(gas);
}

/** Two summaries side by side with B − A, under each run's label and what-if. */
export function renderComparison(table, runs) {
  table.replaceChildren();
  const [a, b] = runs;
  const head = el('tr');
  for (const t of ['', `A: ${a.id} (${a.scenarioId})`, `B: ${b.id} (${b.scenarioId})`, 'B − A'])
    head.append(el('th', {}, t));
  table.append(head);
  for (const [field, label, text] of [
    ['label', 'Label', (r) => r.label ?? '—'],
    ['what-if', 'What-if', (r) => describeWhatIf(r.whatIf)],
  ]) {
    const tr = el('tr', { 'data-field': field });
    tr.append(el('th', {}, label));
    tr.append(el('td', { 'data-run': 'a' }, text(a)));
    tr.append(el('td', { 'data-run': 'b' }, text(b)));
    tr.append(el('td', {}, ''));
    table.append(tr);
  }
  const rows = SUMMARY_FIELDS.map((f) => [f, a.summary[f.key] ?? null, b.summary[f.key] ?? null]);
  const cats = new Set([
    ...Object.keys(a.summary.gasCutM3ByCategory ?? {}),
    ...Object.keys(b.summary.gasCutM3ByCategory ?? {}),
  ]);
  for (const c of cats)
    rows.push([
      { field: `gas-cut-${c}`, label: `Gas cut: ${c}`, unit: 'm³' },
      a.summary.gasCutM3ByCategory?.[c] ?? null,
      b.summary.gasCutM3ByCategory?.[c] ?? null,
    ]);
  for (const [f, va, vb] of rows) {
    const tr = el('tr', { 'data-field': f.field });
    tr.append(el('th', {}, f.label));
    tr.append(el('td', { class: 'num', 'data-run': 'a', 'data-value': JSON.stringify(va) }, formatField(f, va)));
    tr.append(el('td', { class: 'num', 'data-run': 'b', 'data-value': JSON.stringify(vb) }, formatField(f, vb)));
    const numeric = typeof va === 'number' && typeof vb === 'number';
    const delta = numeric ? vb - va : null;
    const sign = delta !== null && delta > 0 ? '+' : '';
    tr.append(
      el(
        'td',
        { class: 'num' },
        numeric ? sign + withUnit(delta, f.unit, f.digits ?? 0) : va === vb ? 'same' : 'differs',
      ),
    );
    table.append(tr);
  }
}
