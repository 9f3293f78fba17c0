/**
 * The what-if page: pick a library scenario, add a cold wave, a gas or coal cut and the
 * setpoint, run it (POST /v1/runs), and see the summary and the charts (vega-embed, specs from
 * GET /v1/runs/:id/charts/<name>.json?lang=), in the page's language (i18n.js; a switch
 * re-renders every text and re-fetches the charts, the inputs stay); earlier runs are listed
 * and two can be compared.
 * `body[data-state]` is loading | ready | running | done | error (the browser test waits on it).
 */
import { buildOverrides, addDays, daysBetween } from './what-if.js';
import { formatDate, renderComparison, renderSummary, withUnit } from './format.js';
import { describeWhatIf } from './what-if-text.js';
import { clearPreview, renderPreview } from './cold-wave-preview.js';
import { lang, PAGE_FONT, t, word } from './i18n.js';

const CHART_NAMES = ['coal-stock', 'days-of-cover', 'gas-balance', 'heat-dispatch', 'temperature', 'cost'];
const $ = (sel) => document.querySelector(sel);
/**
 * `savedId` set: the what-if runs that saved scenario (`{ saved, overrides }`) rather than the
 * library's `baseId`. `saved`, `library`, `shown`, `compared` and `status` keep what the texts
 * are made from, so a change of language re-renders them.
 */
const state = {
  base: null,
  baseId: null,
  savedId: null,
  saved: null,
  ticked: [],
  library: [],
  shown: null,
  compared: null,
  status: null,
};
/** The page's language and its lookups, for the modules that format (format.js, what-if-text.js). */
const tr = () => ({ lang: lang(), t, word });

/** The status line from a catalogue key (or a `{ text }` already made), remembered for a re-render. */
function setStatus(key, params, st) {
  state.status = { key, params };
  $('#status').textContent = t(key, params);
  if (st) document.body.dataset.state = st;
}

async function api(method, url, body) {
  const res = await fetch(url, {
    method,
    cache: 'no-cache',
    headers: { 'accept-language': lang(), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { message: text };
  }
  if (!res.ok) {
    const where = data?.path ? ` (at ${data.path})` : '';
    throw new Error(
      `${res.status} ${data?.code ?? ''} ${data?.message ?? res.statusText}${where}`.replace(/\s+/g, ' '),
    );
  }
  return data;
}

async function loadLibrary() {
  const data = await api('GET', '/v1/scenarios');
  const list = Array.isArray(data) ? data : data.scenarios;
  state.library = list;
  const select = $('#scenario');
  renderLibrary();
  const demo = list.find((s) => /demo/.test(s.id)) ?? list[0];
  if (demo) select.value = demo.id;
  select.addEventListener('change', () => loadScenario(select.value).catch(fail));
  if (demo) await loadScenario(demo.id);
}

/** A library entry's name in the page's language (its `translations` when it has them). */
function entryName(s) {
  return `${s.translations?.[lang()]?.name || s.name || s.id} (${s.id})`;
}

function renderLibrary() {
  const select = $('#scenario');
  const value = select.value;
  select.replaceChildren(...state.library.map((s) => new Option(entryName(s), s.id)));
  if (value) select.value = value;
}

async function loadScenario(id) {
  setStatus('page.status.loadingScenario', { id }, 'loading');
  const base = await api('GET', `/v1/scenarios/${encodeURIComponent(id)}`);
  state.savedId = null;
  state.saved = null;
  $('#using-saved').hidden = true;
  applyBase(base, id);
}

/** A saved scenario from "Your scenarios" (city.js) becomes the base of the what-if. */
function useSaved({ id, name, scenario }) {
  state.savedId = id;
  state.saved = { id, name };
  $('#using-saved').hidden = false;
  applyBase(scenario, id);
}

function horizonOf(base) {
  return { start: base.horizon?.start ?? '2012-11-15', end: base.horizon?.end ?? '2013-03-15' };
}

/** A scenario as the what-if's base: its facts shown, the controls set to its horizon. */
function applyBase(base, id) {
  state.base = base;
  state.baseId = state.savedId ? null : id;
  const h = horizonOf(base);
  const len = daysBetween(h.start, h.end) + 1;
  describeBase();
  const mid = addDays(h.start, Math.floor(len * 0.4));
  for (const sel of ['#cw-start', '#gas-start', '#coal-start'])
    Object.assign($(sel), { min: h.start, max: h.end, value: mid });
  $('#gas-on').disabled = (base.gas?.supplyPoints ?? []).length === 0;
  $('#coal-on').disabled = (base.yards ?? []).length === 0;
  $('#setpoint').value = String(base.heating?.indoorSetpointC ?? 18) === '20' ? '20' : '18';
  $('#run').disabled = false;
  // A freshly opened scenario's first run is its baseline: no cold wave until one is ticked.
  $('#cw-on').checked = false;
  clearPreview($('#cw-preview'));
  setStatus('page.status.loaded', { id: state.savedId ? t('page.status.savedRef', { id }) : id }, 'ready');
}

/** The base scenario's texts (description, facts, where the cuts apply) in the page's language. */
function describeBase() {
  const base = state.base;
  if (!base) return;
  const L = lang();
  if (state.saved)
    $('#using-saved').textContent = t('page.setup.usingSaved', { name: state.saved.name, id: state.saved.id });
  const h = horizonOf(base);
  const len = daysBetween(h.start, h.end) + 1;
  $('#scenario-description').textContent = base.translations?.[L]?.description ?? base.description ?? '';
  const mode = base.dispatch?.mode ?? 'daily';
  $('#scenario-facts').textContent = t('page.setup.facts', {
    start: formatDate(L, h.start),
    end: formatDate(L, h.end),
    days: withUnit(len, 'd', 0, L),
    zones: base.zones?.length ?? 0,
    sources: base.sources?.length ?? 0,
    setpoint: withUnit(base.heating?.indoorSetpointC ?? 18, '°C', 0, L),
    mode: word('dispatchMode', mode),
  });
  const sep = t('page.setup.listSeparator');
  const points = base.gas?.supplyPoints ?? [];
  $('#gas-points').textContent = points.length
    ? t('page.setup.gasPoints', { list: points.map((p) => p.name || p.id).join(sep) })
    : t('page.setup.noGasPoints');
  const yards = base.yards ?? [];
  $('#coal-yards').textContent = yards.length
    ? t('page.setup.coalYards', { list: yards.map((y) => y.name || y.id).join(sep) })
    : t('page.setup.noCoalYards');
}

let previewTimer = null;
let previewSeq = 0;
/** Re-draws the cold-wave preview a moment after the box is ticked or a field of it changes. */
function schedulePreview() {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => previewColdWave().catch(fail), 250);
}

async function previewColdWave() {
  const box = $('#cw-preview');
  const seq = ++previewSeq;
  if (!$('#cw-on').checked || !state.base) {
    clearPreview(box);
    return;
  }
  const w = readWhatIf().coldWave;
  const coldWave = { start: w.start, days: Math.round(w.days) };
  if (w.grade === 'depth') coldWave.dropC = w.dropC;
  else coldWave.grade = w.grade;
  const body = state.savedId ? { saved: state.savedId, coldWave } : { base: state.baseId, coldWave };
  box.dataset.state = 'loading';
  try {
    const data = await api('POST', '/v1/scenarios/preview-cold-wave', body);
    if (seq === previewSeq) await renderPreview(box, data, tr());
  } catch (err) {
    if (seq !== previewSeq) return;
    box.hidden = false;
    box.dataset.state = 'error';
    box.textContent = t('page.preview.failed', { message: err.message });
  }
}

function readWhatIf() {
  const num = (sel) => Number($(sel).value);
  const w = { setpointC: num('#setpoint'), mode: $('#mode').value || undefined };
  if ($('#cw-on').checked)
    w.coldWave = {
      start: $('#cw-start').value,
      days: num('#cw-days'),
      grade: $('#cw-grade').value,
      dropC: num('#cw-drop'),
    };
  if ($('#gas-on').checked && !$('#gas-on').disabled)
    w.gasCut = { percent: num('#gas-pct'), start: $('#gas-start').value, days: num('#gas-days') };
  if ($('#coal-on').checked && !$('#coal-on').disabled)
    w.coalCut = { percent: num('#coal-pct'), start: $('#coal-start').value, days: num('#coal-days') };
  return w;
}

async function run() {
  $('#run').disabled = true;
  const t0 = performance.now();
  const what = state.savedId ? t('page.status.savedRef', { id: state.savedId }) : state.baseId;
  setStatus('page.status.running', { what }, 'running');
  try {
    const overrides = buildOverrides(state.base, readWhatIf());
    const body = state.savedId ? { saved: state.savedId, overrides } : { base: state.baseId, overrides };
    const label = $('#run-label').value.trim();
    if (label) body.label = label;
    const res = await api('POST', '/v1/runs', body);
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    await showRun(res.id, res.summary, res.cached, res);
    setStatus(res.cached ? 'page.status.fromStore' : 'page.status.solved', { id: res.id, secs }, 'done');
    await loadRuns();
  } catch (err) {
    fail(err);
  } finally {
    $('#run').disabled = false;
  }
}

async function showRun(id, summary, cached, run = {}) {
  state.shown = { id, summary, cached, run };
  $('#result').hidden = false;
  $('#run-id').textContent = id;
  $('#run-label-shown').textContent = run.label ? `“${run.label}”` : '';
  describeRun();
  $('#summary').dataset.runId = id;
  const base = `/v1/runs/${encodeURIComponent(id)}`;
  $('#dl-csv').href = `${base}/days.csv`;
  $('#dl-json').href = base;
  $('#dl-xlsx').href = `${base}/result.xlsx`;
  renderSummary($('#summary'), summary, tr());
  await embedRunCharts(id);
}

/** The shown run's what-if and store note in the page's language. */
function describeRun() {
  const { cached, run } = state.shown;
  $('#run-what-if').textContent =
    'whatIf' in run ? t('page.result.whatIf', { text: describeWhatIf(run.whatIf, tr()) }) : '';
  $('#run-cached').textContent = cached ? t('page.result.fromStore') : '';
}

/** The run's six charts, their specs asked for in the page's language. */
function embedRunCharts(id) {
  const L = encodeURIComponent(lang());
  return Promise.all(
    CHART_NAMES.map((name) =>
      embedChart(`#chart-${name}`, `/v1/runs/${encodeURIComponent(id)}/charts/${name}.json?lang=${L}`),
    ),
  );
}

/**
 * A chart spec drawing its text in the page's fonts: the specs ask for sans-serif, which on a
 * machine without a CJK font has no Chinese; vega measures and draws in the font it is given.
 */
function inPageFont(spec) {
  return { ...spec, config: { ...(spec.config ?? {}), font: PAGE_FONT } };
}

async function embedChart(sel, url) {
  const box = $(sel);
  box.dataset.rendered = 'false';
  box.replaceChildren();
  const spec = await api('GET', url);
  await document.fonts?.ready;
  await window.vegaEmbed(box, inPageFont(spec), {
    renderer: 'svg',
    actions: { export: true, source: false, compiled: false, editor: false },
  });
  box.dataset.rendered = 'true';
}

async function loadRuns() {
  const data = await api('GET', '/v1/runs?limit=30');
  const runs = Array.isArray(data) ? data : data.runs;
  const body = $('#runs tbody');
  body.replaceChildren();
  const L = lang();
  for (const r of runs) {
    const s = r.summary ?? {};
    const row = document.createElement('tr');
    row.dataset.runId = r.id;
    const cells = [
      r.id,
      r.label ?? '',
      describeWhatIf(r.whatIf, tr()),
      r.scenarioId,
      (r.createdAt ?? '').replace('T', ' ').slice(0, 19),
      s.firstReserveBreach ? formatDate(L, s.firstReserveBreach) : t('page.history.none'),
      withUnit(s.minDaysOfCover ?? null, 'd', 1, L),
      withUnit(s.unservedHeatMWh ?? null, 'MWh', 0, L),
      withUnit(s.costYuan ?? null, '¥', 0, L),
    ];
    const tick = document.createElement('input');
    Object.assign(tick, { type: 'checkbox', checked: state.ticked.includes(r.id) });
    tick.setAttribute('aria-label', t('page.history.tick', { id: r.id }));
    tick.addEventListener('change', () => toggleTick(r.id, tick.checked));
    const first = document.createElement('td');
    first.append(tick);
    row.append(first);
    cells.forEach((c, i) => {
      const td = document.createElement('td');
      td.textContent = c;
      if (i >= 6) td.className = 'num';
      if (i === 1) td.dataset.field = 'label';
      if (i === 2) td.dataset.field = 'what-if';
      row.append(td);
    });
    const show = document.createElement('button');
    show.textContent = t('page.history.show');
    show.addEventListener('click', () => showRun(r.id, s, false, r).catch(fail));
    const last = document.createElement('td');
    last.append(show);
    row.append(last);
    body.append(row);
  }
  updateCompareButton();
}

function toggleTick(id, on) {
  state.ticked = state.ticked.filter((x) => x !== id);
  if (on) state.ticked.push(id);
  while (state.ticked.length > 2) state.ticked.shift();
  for (const line of document.querySelectorAll('#runs tbody tr'))
    line.querySelector('input').checked = state.ticked.includes(line.dataset.runId);
  updateCompareButton();
}

function updateCompareButton() {
  $('#compare').disabled = state.ticked.length !== 2;
}

async function compare() {
  const [a, b] = state.ticked;
  setStatus('page.status.comparing', { a, b }, 'running');
  try {
    const data = await api('GET', `/v1/compare?runs=${encodeURIComponent(a)},${encodeURIComponent(b)}`);
    state.compared = { a, b, data };
    await showComparison();
    setStatus('page.status.compared', { a, b }, 'done');
  } catch (err) {
    fail(err);
  }
}

/** The comparison table and chart; the chart's language follows the request's Accept-Language. */
async function showComparison() {
  const { a, b, data } = state.compared;
  $('#comparison').hidden = false;
  renderComparison($('#compare-table'), data.runs, tr());
  const box = $('#chart-compare');
  if (data.chart && typeof data.chart === 'object') {
    await window.vegaEmbed(box, inPageFont(data.chart), { renderer: 'svg', actions: false });
    box.dataset.rendered = 'true';
    return;
  }
  const url =
    typeof data.chart === 'string'
      ? data.chart.replace(/chart\.(svg|png)/, 'chart.json')
      : `/v1/compare/chart.json?runs=${a},${b}`;
  await embedChart('#chart-compare', url);
}

function fail(err) {
  console.error(err);
  setStatus('page.status.error', { message: err.message }, 'error');
}

/** A new language: every text made here again, the charts fetched again; the inputs stay. */
async function relabel() {
  if (state.status) $('#status').textContent = t(state.status.key, state.status.params);
  renderLibrary();
  describeBase();
  if ($('#cw-on').checked) schedulePreview();
  const jobs = [loadRuns()];
  if (state.shown) {
    describeRun();
    renderSummary($('#summary'), state.shown.summary, tr());
    jobs.push(embedRunCharts(state.shown.id));
  }
  if (state.compared) jobs.push(showComparison());
  await Promise.all(jobs);
}

$('#run').addEventListener('click', run);
document.addEventListener('baogong:use-saved', (e) => useSaved(e.detail));
$('#compare').addEventListener('click', compare);
document.addEventListener('baogong:lang', () => relabel().catch(fail));
$('#cw-grade').addEventListener('change', () => {
  $('#cw-drop').disabled = $('#cw-grade').value !== 'depth';
});
for (const sel of ['#cw-on', '#cw-start', '#cw-days', '#cw-grade', '#cw-drop'])
  $(sel).addEventListener('change', schedulePreview);
setStatus('page.status.loadingLibrary', {}, 'loading');
loadLibrary().then(loadRuns).catch(fail);
