/**
 * The earlier runs (GET /v1/runs?limit=30) in `#runs`: each with its label, what-if, scenario,
 * time and key figures in the page's language, a tick and a button to show it; two ticked runs
 * (the latest two kept) compared (GET /v1/compare) in `#comparison`, a table (format.js) and a
 * chart (the spec inline, or fetched as JSON). `state.compared` keeps it for a re-render.
 */
import { $, api, fail, setStatus, state, tr } from './app-state.js';
import { formatDate, renderComparison, withUnit } from './format.js';
import { lang, t } from './i18n.js';
import { EMBED_OPTIONS, embedChart, inPageFont } from './run-charts.js';
import { showRun } from './run-result.js';
import { describeWhatIf } from './what-if-text.js';

export async function loadRuns() {
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

export async function compare() {
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
export async function showComparison() {
  const { a, b, data } = state.compared;
  $('#comparison').hidden = false;
  renderComparison($('#compare-table'), data.runs, tr());
  const box = $('#chart-compare');
  if (data.chart && typeof data.chart === 'object') {
    await window.vegaEmbed(box, inPageFont(data.chart), { ...EMBED_OPTIONS, actions: false });
    box.dataset.rendered = 'true';
    return;
  }
  const url =
    typeof data.chart === 'string'
      ? data.chart.replace(/chart\.(svg|png)/, 'chart.json')
      : `/v1/compare/chart.json?runs=${a},${b}`;
  await embedChart('#chart-compare', url);
}
