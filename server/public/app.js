/**
 * The what-if page: pick a library scenario, add a cold wave, a gas or coal cut and the
 * setpoint, run it (POST /v1/runs), and see the summary and the charts (vega-embed, specs from
 * GET /v1/runs/:id/charts/<name>.json); earlier runs are listed and two can be compared.
 * `body[data-state]` is loading | ready | running | done | error (the browser test waits on it).
 */
import { buildOverrides, addDays, daysBetween } from './what-if.js';
import { renderComparison, renderSummary, withUnit } from './format.js';
import { describeWhatIf } from './what-if-text.js';
import { clearPreview, renderPreview } from './cold-wave-preview.js';

const CHART_NAMES = ['coal-stock', 'days-of-cover', 'gas-balance', 'heat-dispatch', 'temperature', 'cost'];
const $ = (sel) => document.querySelector(sel);
/** `savedId` set: the what-if runs that saved scenario (`{ saved, overrides }`) rather than the library's `baseId`. */
const state = { base: null, baseId: null, savedId: null, ticked: [] };

function setStatus(text, st) {
  $('#status').textContent = text;
  if (st) document.body.dataset.state = st;
}

async function api(method, url, body) {
  const res = await fetch(url, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
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
  const select = $('#scenario');
  select.replaceChildren(...list.map((s) => new Option(`${s.name || s.id} (${s.id})`, s.id)));
  const demo = list.find((s) => /demo/.test(s.id)) ?? list[0];
  if (demo) select.value = demo.id;
  select.addEventListener('change', () => loadScenario(select.value).catch(fail));
  if (demo) await loadScenario(demo.id);
}

async function loadScenario(id) {
  setStatus(`Loading scenario ${id}…`, 'loading');
  const base = await api('GET', `/v1/scenarios/${encodeURIComponent(id)}`);
  state.savedId = null;
  $('#using-saved').hidden = true;
  applyBase(base, id);
}

/** A saved scenario from "Your scenarios" (city.js) becomes the base of the what-if. */
function useSaved({ id, name, scenario }) {
  state.savedId = id;
  $('#using-saved').hidden = false;
  $('#using-saved').textContent = `Using your saved scenario “${name}” (${id}); pick a library scenario to go back.`;
  applyBase(scenario, `saved ${id}`);
}

function applyBase(base, label) {
  state.base = base;
  state.baseId = state.savedId ? null : label;
  const id = label;
  const h = { start: base.horizon?.start ?? '2012-11-15', end: base.horizon?.end ?? '2013-03-15' };
  const len = daysBetween(h.start, h.end) + 1;
  $('#scenario-description').textContent = base.description ?? '';
  $('#scenario-facts').textContent =
    `Horizon ${h.start} to ${h.end} (${len} d) · ${base.zones?.length ?? 0} zones · ${base.sources?.length ?? 0} heat sources · ` +
    `setpoint ${base.heating?.indoorSetpointC ?? 18} °C · dispatch ${base.dispatch?.mode ?? 'daily'}`;
  const mid = addDays(h.start, Math.floor(len * 0.4));
  for (const sel of ['#cw-start', '#gas-start', '#coal-start'])
    Object.assign($(sel), { min: h.start, max: h.end, value: mid });
  const points = base.gas?.supplyPoints ?? [];
  $('#gas-points').textContent = points.length
    ? `Cut applies to every supply point: ${points.map((p) => p.id).join(', ')}`
    : 'This scenario has no gas supply points.';
  $('#gas-on').disabled = points.length === 0;
  const yards = base.yards ?? [];
  $('#coal-yards').textContent = yards.length
    ? `Cut applies to deliveries of every yard: ${yards.map((y) => y.id).join(', ')}`
    : 'This scenario has no coal yards.';
  $('#coal-on').disabled = yards.length === 0;
  $('#setpoint').value = String(base.heating?.indoorSetpointC ?? 18) === '20' ? '20' : '18';
  $('#run').disabled = false;
  // A freshly opened scenario's first run is its baseline: no cold wave until one is ticked.
  $('#cw-on').checked = false;
  clearPreview($('#cw-preview'));
  setStatus(`Scenario ${id} loaded. Set the what-if and press Run.`, 'ready');
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
    if (seq === previewSeq) await renderPreview(box, data);
  } catch (err) {
    if (seq !== previewSeq) return;
    box.hidden = false;
    box.dataset.state = 'error';
    box.textContent = `No preview: ${err.message}`;
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
  setStatus(`Running ${state.savedId ? `saved ${state.savedId}` : state.baseId}…`, 'running');
  try {
    const overrides = buildOverrides(state.base, readWhatIf());
    const body = state.savedId ? { saved: state.savedId, overrides } : { base: state.baseId, overrides };
    const label = $('#run-label').value.trim();
    if (label) body.label = label;
    const res = await api('POST', '/v1/runs', body);
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    await showRun(res.id, res.summary, res.cached, res);
    setStatus(
      `Run ${res.id} ${res.cached ? 'answered from the store (identical input)' : `solved in ${secs} s`}.`,
      'done',
    );
    await loadRuns();
  } catch (err) {
    fail(err);
  } finally {
    $('#run').disabled = false;
  }
}

async function showRun(id, summary, cached, run = {}) {
  $('#result').hidden = false;
  $('#run-id').textContent = id;
  $('#run-label-shown').textContent = run.label ? `“${run.label}”` : '';
  $('#run-what-if').textContent = 'whatIf' in run ? `What-if: ${describeWhatIf(run.whatIf)}` : '';
  $('#run-cached').textContent = cached ? '(from the store)' : '';
  $('#summary').dataset.runId = id;
  const base = `/v1/runs/${encodeURIComponent(id)}`;
  $('#dl-csv').href = `${base}/days.csv`;
  $('#dl-json').href = base;
  $('#dl-xlsx').href = `${base}/result.xlsx`;
  renderSummary($('#summary'), summary);
  await Promise.all(
    CHART_NAMES.map((name) => embedChart(`#chart-${name}`, `/v1/runs/${encodeURIComponent(id)}/charts/${name}.json`)),
  );
}

async function embedChart(sel, url) {
  const box = $(sel);
  box.dataset.rendered = 'false';
  box.replaceChildren();
  const spec = await api('GET', url);
  await window.vegaEmbed(box, spec, {
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
  for (const r of runs) {
    const s = r.summary ?? {};
    const tr = document.createElement('tr');
    tr.dataset.runId = r.id;
    const cells = [
      r.id,
      r.label ?? '',
      describeWhatIf(r.whatIf),
      r.scenarioId,
      (r.createdAt ?? '').replace('T', ' ').slice(0, 19),
      s.firstReserveBreach ?? 'none',
      withUnit(s.minDaysOfCover ?? null, 'd', 1),
      withUnit(s.unservedHeatMWh ?? null, 'MWh'),
      withUnit(s.costYuan ?? null, '¥'),
    ];
    const tick = document.createElement('input');
    Object.assign(tick, { type: 'checkbox', checked: state.ticked.includes(r.id) });
    tick.setAttribute('aria-label', `compare run ${r.id}`);
    tick.addEventListener('change', () => toggleTick(r.id, tick.checked));
    const first = document.createElement('td');
    first.append(tick);
    tr.append(first);
    cells.forEach((c, i) => {
      const td = document.createElement('td');
      td.textContent = c;
      if (i >= 6) td.className = 'num';
      if (i === 1) td.dataset.field = 'label';
      if (i === 2) td.dataset.field = 'what-if';
      tr.append(td);
    });
    const show = document.createElement('button');
    show.textContent = 'Show';
    show.addEventListener('click', () => showRun(r.id, s, false, r).catch(fail));
    const last = document.createElement('td');
    last.append(show);
    tr.append(last);
    body.append(tr);
  }
  updateCompareButton();
}

function toggleTick(id, on) {
  state.ticked = state.ticked.filter((x) => x !== id);
  if (on) state.ticked.push(id);
  while (state.ticked.length > 2) state.ticked.shift();
  for (const tr of document.querySelectorAll('#runs tbody tr'))
    tr.querySelector('input').checked = state.ticked.includes(tr.dataset.runId);
  updateCompareButton();
}

function updateCompareButton() {
  $('#compare').disabled = state.ticked.length !== 2;
}

async function compare() {
  const [a, b] = state.ticked;
  setStatus(`Comparing ${a} (A) with ${b} (B)…`, 'running');
  try {
    const data = await api('GET', `/v1/compare?runs=${encodeURIComponent(a)},${encodeURIComponent(b)}`);
    $('#comparison').hidden = false;
    renderComparison($('#compare-table'), data.runs);
    const box = $('#chart-compare');
    if (data.chart && typeof data.chart === 'object') {
      await window.vegaEmbed(box, data.chart, { renderer: 'svg', actions: false });
      box.dataset.rendered = 'true';
    } else {
      const url =
        typeof data.chart === 'string'
          ? data.chart.replace(/chart\.(svg|png)/, 'chart.json')
          : `/v1/compare/chart.json?runs=${a},${b}`;
      await embedChart('#chart-compare', url);
    }
    setStatus(`Compared ${a} (A) with ${b} (B).`, 'done');
  } catch (err) {
    fail(err);
  }
}

function fail(err) {
  console.error(err);
  setStatus(`Error: ${err.message}`, 'error');
}

$('#run').addEventListener('click', run);
document.addEventListener('baogong:use-saved', (e) => useSaved(e.detail));
$('#compare').addEventListener('click', compare);
$('#cw-grade').addEventListener('change', () => {
  $('#cw-drop').disabled = $('#cw-grade').value !== 'depth';
});
for (const sel of ['#cw-on', '#cw-start', '#cw-days', '#cw-grade', '#cw-drop'])
  $(sel).addEventListener('change', schedulePreview);
loadLibrary().then(loadRuns).catch(fail);
