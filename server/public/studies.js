/**
 * The studies panel: a Monte Carlo study of the scenario chosen above (library or saved, as
 * written) put on the server's queue (POST /v1/studies), its progress polled every second
 * (GET /v1/studies/:id: seasons done of the runs, elapsed s), then its probability table (the
 * distribution's headline probabilities with their 95 % intervals) and the figures per season
 * (P1…P99 with units); a cancel button (DELETE). Without a queue (GET /v1/studies says
 * `queue.enabled: false`) the panel is greyed and says how to turn studies on.
 * `#studies[data-state]` is loading | off | idle | submitting | running | done | cancelled |
 * failed | error (the browser test waits on it).
 */
import { $, api, state } from './app-state.js';
import { withUnit } from './format.js';
import { lang, t } from './i18n.js';

const POLL_MS = 1000;
const panel = $('#studies');
/** The study followed, its last answer, and the status line's key and parameters (re-said on a language switch). */
const shown = { id: null, answer: null, timer: null, line: null };

function setState(st) {
  panel.dataset.state = st;
  const running = st === 'running' || st === 'submitting';
  $('#study-start').disabled = running || st === 'off';
  $('#study-cancel').hidden = st !== 'running';
}

function say(key, params = {}) {
  shown.line = { key, params };
  $('#study-status').textContent = t(key, params);
}

const pct = (p, digits = 1) => `${(p * 100).toFixed(digits)}${lang() === 'en' ? ' ' : ''}%`;

function row(cells, header = false) {
  const tr = document.createElement('tr');
  for (const [i, text] of cells.entries()) {
    const cell = document.createElement(header || i === 0 ? 'th' : 'td');
    if (i > 0) cell.className = 'num';
    cell.textContent = text;
    tr.append(cell);
  }
  return tr;
}

/** The result's probabilities and figures per season, in the page's language. */
function renderTables(result) {
  const d = result.distribution;
  const P = ['reserveBreach', 'homesCut', 'unservedHeat', 'anyGasCut'];
  const probabilities = $('#study-probabilities');
  probabilities.replaceChildren(
    row(
      [t('page.studies.probability'), t('page.studies.share'), t('page.studies.interval'), t('page.studies.seasons')],
      true,
    ),
    ...P.map((k) => {
      const p = d.probability[k];
      const tr = row([
        t(`page.studies.${k}`),
        pct(p.p),
        `${pct(p.low95)} – ${pct(p.high95)}`,
        `${p.count} / ${d.runs}`,
      ]);
      tr.dataset.probability = k;
      return tr;
    }),
  );
  const Q = ['mean', 'p1', 'p10', 'p50', 'p90', 'p99'];
  const figures = [
    ['unserved', d.unservedHeatMWh, 'MWh', 0],
    ['gasCut', d.gasCutM3, 'm³', 0],
    ['minCover', d.minDaysOfCover, 'd', 1],
    ['cost', d.costYuan, '¥', 0],
  ];
  $('#study-figures').replaceChildren(
    row([t('page.studies.figure'), t('page.studies.mean'), 'P1', 'P10', 'P50', 'P90', 'P99'], true),
    ...figures.map(([key, q, unit, digits]) =>
      row([t(`page.studies.${key}`), ...Q.map((k) => (q ? withUnit(q[k], unit, digits, lang()) : '—'))]),
    ),
  );
  probabilities.hidden = false;
  $('#study-figures').hidden = false;
}

function render(answer) {
  shown.answer = answer;
  const s = answer.status;
  const secs = s.elapsedS.toFixed(0);
  const bar = $('#study-progress');
  bar.hidden = false;
  bar.max = s.runs;
  bar.value = s.seasonsDone;
  const params = { id: answer.id, done: s.seasonsDone, runs: s.runs, secs };
  if (s.state === 'running') say('page.studies.progress', params);
  else if (s.state === 'done') say('page.studies.done', params);
  else if (s.state === 'cancelled') say('page.studies.cancelled', params);
  else
    say('page.studies.failed', { id: answer.id, message: `${s.error?.code ?? ''} ${s.error?.message ?? ''}`.trim() });
  if (answer.result) renderTables(answer.result);
  setState(s.state);
}

function stopPolling() {
  clearTimeout(shown.timer);
  shown.timer = null;
}

async function poll(id) {
  if (shown.id !== id) return;
  try {
    const answer = await api('GET', `/v1/studies/${encodeURIComponent(id)}`);
    if (shown.id !== id) return;
    render(answer);
    if (answer.status.state === 'running') shown.timer = setTimeout(() => poll(id), POLL_MS);
  } catch (err) {
    // a queue that does not answer now may answer in a moment: keep polling, say why
    say('page.studies.error', { message: err.message });
    if (shown.id === id) shown.timer = setTimeout(() => poll(id), POLL_MS * 3);
  }
}

async function start() {
  const scenario = state.savedId ? { saved: state.savedId, overrides: {} } : state.baseId;
  if (!scenario) {
    say('page.studies.noScenario');
    return;
  }
  stopPolling();
  shown.id = null;
  $('#study-probabilities').hidden = true;
  $('#study-figures').hidden = true;
  $('#study-progress').hidden = true;
  setState('submitting');
  say('page.studies.submitting', { what: state.savedId ?? state.baseId });
  try {
    const made = await api('POST', '/v1/studies', {
      kind: 'risk',
      scenario,
      runs: Number($('#study-runs').value),
      seed: Number($('#study-seed').value),
    });
    shown.id = made.id;
    setState('running');
    await poll(made.id);
  } catch (err) {
    setState('error');
    say('page.studies.error', { message: err.message });
  }
}

async function cancel() {
  if (!shown.id) return;
  try {
    await api('DELETE', `/v1/studies/${encodeURIComponent(shown.id)}`);
    stopPolling();
    await poll(shown.id);
  } catch (err) {
    say('page.studies.error', { message: err.message });
  }
}

async function load() {
  try {
    const list = await api('GET', '/v1/studies?limit=1');
    const on = list.queue.enabled;
    $('#studies-off').hidden = on;
    $('#study-form').disabled = !on;
    setState(on ? 'idle' : 'off');
  } catch (err) {
    setState('error');
    say('page.studies.error', { message: err.message });
  }
}

$('#study-start').addEventListener('click', () => start());
$('#study-cancel').addEventListener('click', () => cancel());
document.addEventListener('baogong:lang', () => {
  if (shown.line) say(shown.line.key, shown.line.params);
  if (shown.answer?.result) renderTables(shown.answer.result);
});
load();
