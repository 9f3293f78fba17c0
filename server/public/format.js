/**
 * Numbers with their units, and the summary blocks of a run and of a comparison, in the page's
 * language. `tr` is `{ lang, t, word }` (i18n.js): English keeps the page's figures as they
 * always were (`1,235 MWh`, `¥48,319`); Chinese writes them as Chinese reports do, in 万 where
 * a figure is large (万吨, 万 m³, 万元/亿元, 天) and dates as 2013年1月20日 — the same rules as
 * the engine's formatQuantity and formatDate (engine/i18n/format.ts; a test holds them equal).
 */
import { describeWhatIf } from './what-if-text.js';

const nf = (digits) => new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** `x` with thousands separators and fixed decimals, `—` when missing. */
export function formatNumber(lang, x, digits = 0) {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  return x.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

const ZH_UNITS = {
  heat: { label: 'MWh', divisor: 1 },
  electricity: { label: 'MWh', divisor: 1 },
  power: { label: 'MW', divisor: 1 },
  temperature: { label: '°C', divisor: 1 },
  days: { label: '天', divisor: 1 },
};

function zhUnitFor(quantity, value) {
  const a = Math.abs(value);
  if (quantity === 'coal') return a >= 1e4 ? { label: '万吨', divisor: 1e4 } : { label: '吨', divisor: 1 };
  if (quantity === 'gas') return a >= 1e4 ? { label: '万 m³', divisor: 1e4 } : { label: 'm³', divisor: 1 };
  if (quantity === 'money') {
    if (a >= 1e8) return { label: '亿元', divisor: 1e8 };
    return a >= 1e4 ? { label: '万元', divisor: 1e4 } : { label: '元', divisor: 1 };
  }
  return ZH_UNITS[quantity];
}

/** About three significant figures of a figure in 万 (0.0856 万吨 rather than 0.09). */
function digitsFor(value) {
  const a = Math.abs(value);
  if (a === 0 || a >= 100) return 0;
  if (a >= 10) return 1;
  if (a >= 1) return 2;
  return Math.min(4, Math.max(2, 1 - Math.floor(Math.log10(a)) + 1));
}

/** A figure in Chinese with the unit its size asks for: 4.83 万吨, 1,250 吨, 3.2 亿元, 12.5 天, −18°C. */
export function formatQuantityZh(quantity, value, digits) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const unit = zhUnitFor(quantity, value);
  const scaled = value / unit.divisor;
  const d = digits ?? (unit.divisor === 1 ? (Math.abs(scaled) >= 100 ? 0 : 1) : digitsFor(scaled));
  const sep = unit.label.startsWith('°') ? '' : ' ';
  return `${formatNumber('zh', scaled, d)}${sep}${unit.label}`;
}

/** An ISO date as a person reads it: 2013年1月20日 in Chinese, unchanged in English. */
export function formatDate(lang, iso) {
  if (!iso) return '—';
  if (lang !== 'zh') return iso;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/** The page's unit signs → the quantity they measure; the 万 units scale with the figure. */
const QUANTITY = { t: 'coal', 'm³': 'gas', '¥': 'money', MWh: 'heat', MW: 'power', '°C': 'temperature', d: 'days' };
const SCALES = new Set(['coal', 'gas', 'money']);

/** 1234.5, 'MWh' → "1,235 MWh" ('¥' goes in front); in Chinese 'd' → 天, 't' → 吨/万吨, '¥' → 元/万元/亿元. */
export function withUnit(value, unit, digits = 0, lang = 'en') {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const quantity = QUANTITY[unit];
  if (lang === 'zh' && quantity) return formatQuantityZh(quantity, value, SCALES.has(quantity) ? undefined : digits);
  const n = nf(digits).format(value);
  return unit === '¥' ? `¥${n}` : `${n} ${unit}`;
}

/** The summary figures shown, each under a stable data-field, its label a catalogue key. */
export const SUMMARY_FIELDS = [
  {
    field: 'first-reserve-breach',
    key: 'firstReserveBreach',
    label: 'page.summary.firstReserveBreach',
    kind: 'date',
    none: 'page.summary.noBreach',
    bad: (v) => v !== null,
  },
  {
    field: 'min-days-of-cover',
    key: 'minDaysOfCover',
    label: 'page.summary.minDaysOfCover',
    unit: 'd',
    digits: 1,
    bad: (v) => v !== null && v < 30 - 1e-6,
  },
  {
    field: 'min-days-of-cover-date',
    key: 'minDaysOfCoverDate',
    label: 'page.summary.minDaysOfCoverDate',
    kind: 'date',
  },
  {
    field: 'homes-protected',
    key: 'homesProtected',
    label: 'page.summary.homesProtected',
    kind: 'bool',
    bad: (v) => v === false,
  },
  {
    field: 'unserved-heat',
    key: 'unservedHeatMWh',
    label: 'page.summary.unservedHeat',
    unit: 'MWh',
    bad: (v) => v > 1e-3,
  },
  {
    field: 'unserved-residential-heat',
    key: 'unservedResidentialHeatMWh',
    label: 'page.summary.unservedResidentialHeat',
    unit: 'MWh',
    bad: (v) => v > 1e-3,
  },
  { field: 'cost', key: 'costYuan', label: 'page.summary.cost', unit: '¥' },
  { field: 'supply-cost', key: 'supplyCostYuan', label: 'page.summary.supplyCost', unit: '¥' },
  {
    field: 'shortage-cost',
    key: 'shortageCostYuan',
    label: 'page.summary.shortageCost',
    unit: '¥',
    bad: (v) => v > 1e-3,
  },
  { field: 'cold-wave-days', key: 'coldWaveDays', label: 'page.summary.coldWaveDays', unit: 'd' },
  { field: 'coal-burn', key: 'coalBurnT', label: 'page.summary.coalBurn', unit: 't' },
  { field: 'gas-supplied', key: 'gasSuppliedM3', label: 'page.summary.gasSupplied', unit: 'm³' },
  { field: 'peak-demand', key: 'peakDemandMW', label: 'page.summary.peakDemand', unit: 'MW' },
  { field: 'days', key: 'days', label: 'page.summary.days', unit: 'd' },
];

export function formatField(f, v, tr) {
  if (f.kind === 'date') return v ? formatDate(tr.lang, v) : f.none ? tr.t(f.none) : '—';
  if (f.kind === 'bool') return v === true ? tr.t('page.summary.yes') : v === false ? tr.t('page.summary.no') : '—';
  return withUnit(v, f.unit, f.digits ?? 0, tr.lang);
}

function el(tag, attrs = {}, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The summary cards; every value carries data-field and its raw JSON value in data-value. */
export function renderSummary(container, summary, tr) {
  container.replaceChildren();
  for (const f of SUMMARY_FIELDS) {
    const v = summary[f.key] ?? null;
    const item = el('div', { class: `item${f.bad?.(v) ? ' bad' : ''}` });
    item.append(el('div', { class: 'label' }, tr.t(f.label)));
    item.append(
      el('div', { class: 'value', 'data-field': f.field, 'data-value': JSON.stringify(v) }, formatField(f, v, tr)),
    );
    container.append(item);
  }
  const gas = el('div', { class: 'item gas' });
  gas.append(el('div', { class: 'label' }, tr.t('page.summary.gasCutTitle')));
  const table = el('table', { 'data-field': 'gas-cut' });
  const head = el('tr');
  const row = el('tr');
  const cuts = summary.gasCutM3ByCategory ?? {};
  for (const [cat, m3] of Object.entries(cuts)) {
    head.append(el('th', { class: 'num' }, tr.word('gasCategory', cat)));
    row.append(
      el(
        'td',
        { class: 'num', 'data-field': `gas-cut-${cat}`, 'data-value': JSON.stringify(m3) },
        withUnit(m3, 'm³', 0, tr.lang),
      ),
    );
  }
  if (Object.keys(cuts).length === 0) row.append(el('td', {}, tr.t('page.summary.noGasConsumers')));
  table.append(head, row);
  gas.append(table);
  container.append(gas);
}

/** Two summaries side by side with B − A, under each run's label and what-if. */
export function renderComparison(table, runs, tr) {
  table.replaceChildren();
  const [a, b] = runs;
  const head = el('tr');
  for (const text of ['', `A: ${a.id} (${a.scenarioId})`, `B: ${b.id} (${b.scenarioId})`, tr.t('page.history.delta')])
    head.append(el('th', {}, text));
  table.append(head);
  for (const [field, label, text] of [
    ['label', tr.t('page.history.label'), (r) => r.label ?? '—'],
    ['what-if', tr.t('page.history.whatIf'), (r) => describeWhatIf(r.whatIf, tr)],
  ]) {
    const row = el('tr', { 'data-field': field });
    row.append(el('th', {}, label));
    row.append(el('td', { 'data-run': 'a' }, text(a)));
    row.append(el('td', { 'data-run': 'b' }, text(b)));
    row.append(el('td', {}, ''));
    table.append(row);
  }
  const rows = SUMMARY_FIELDS.map((f) => [f, a.summary[f.key] ?? null, b.summary[f.key] ?? null]);
  const cats = new Set([
    ...Object.keys(a.summary.gasCutM3ByCategory ?? {}),
    ...Object.keys(b.summary.gasCutM3ByCategory ?? {}),
  ]);
  for (const c of cats)
    rows.push([
      {
        field: `gas-cut-${c}`,
        text: tr.t('page.history.gasCutOf', { category: tr.word('gasCategory', c) }),
        unit: 'm³',
      },
      a.summary.gasCutM3ByCategory?.[c] ?? null,
      b.summary.gasCutM3ByCategory?.[c] ?? null,
    ]);
  for (const [f, va, vb] of rows) {
    const row = el('tr', { 'data-field': f.field });
    row.append(el('th', {}, f.text ?? tr.t(f.label)));
    row.append(el('td', { class: 'num', 'data-run': 'a', 'data-value': JSON.stringify(va) }, formatField(f, va, tr)));
    row.append(el('td', { class: 'num', 'data-run': 'b', 'data-value': JSON.stringify(vb) }, formatField(f, vb, tr)));
    const numeric = typeof va === 'number' && typeof vb === 'number';
    const delta = numeric ? vb - va : null;
    const sign = delta !== null && delta > 0 ? '+' : '';
    row.append(
      el(
        'td',
        { class: 'num' },
        numeric
          ? sign + withUnit(delta, f.unit, f.digits ?? 0, tr.lang)
          : va === vb
            ? tr.t('page.history.same')
            : tr.t('page.history.differs'),
      ),
    );
    table.append(row);
  }
}
