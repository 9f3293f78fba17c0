/**
 * The studies panel: a Monte Carlo study of the scenario chosen above (library or saved, as
 * written), or a province study of the shipped ones (GET /v1/studies/library), put on the
 * server's queue (POST /v1/studies), its progress polled every second (GET /v1/studies/:id:
 * seasons done of the runs, elapsed s), then its probability table (the headline
 * probabilities with their 95 % intervals) and its figures per season with units; for a
 * province, P(some city cuts homes' gas / has a yard below its floor / fails), the province's
 * unserved heat and gas cut at P50, P90 and P99, and a table of each city's probabilities and
 * share of seasons it fails first. A cancel button (DELETE). Without a queue (GET /v1/studies
 * says `queue.enabled: false`) the panel is greyed and says how to turn studies on.
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
/** The shipped province studies (GET /v1/studies/library), their names re-said on a language switch. */
let libraryStudies = [];
const TABLES = ['#study-probabilities', '#study-figures', '#study-cities', '#study-cities-note'];

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

function hideTables() {
  for (const sel of TABLES) $(sel).hidden = true;
}

/** The one-city result's probabilities and figures per season, in the page's language. */
function renderRisk(result) {
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

function probabilityRow(key, p, runs) {
  const tr = row([t(`page.studies.${key}`), pct(p.p), `${pct(p.low95)} – ${pct(p.high95)}`, `${p.count} / ${runs}`]);
  tr.dataset.probability = key;
  return tr;
}

/** The province's probabilities (some city …), its figures per season, and each city's probabilities. */
function renderProvince(result) {
  const d = result.distribution;
  const header = [t('page.studies.share'), t('page.studies.interval'), t('page.studies.seasons')];
  $('#study-probabilities').replaceChildren(
    row([t('page.studies.provinceProbability'), ...header], true),
    ...['anyHomesGasCut', 'anyReserveBreach', 'anyFailure'].map((k) => probabilityRow(k, d.probability[k], d.runs)),
  );
  const Q = ['p50', 'p90', 'p99'];
  $('#study-figures').replaceChildren(
    row([t('page.studies.provinceFigure'), 'P50', 'P90', 'P99'], true),
    ...[
      ['provinceUnserved', d.unservedHeatMWh, 'MWh'],
      ['provinceGasCut', d.gasCutM3, 'm³'],
    ].map(([key, q, unit]) => row([t(`page.studies.${key}`), ...Q.map((k) => withUnit(q[k], unit, 0, lang()))])),
  );
  $('#study-cities').replaceChildren(
    row(
      ['city', 'homesGasCut', 'floorBreached', 'fails', 'failsFirst'].map((k) => t(`page.studies.${k}`)),
      true,
    ),
    ...d.cities.map((c) => {
      const p = c.probability;
      const tr = row([
        c.names?.[lang()] ?? c.id,
        pct(p.homesGasCut.p),
        pct(p.reserveBreach.p),
        pct(p.failure.p),
        pct(c.failsFirst.share),
      ]);
      tr.dataset.city = c.id;
      return tr;
    }),
  );
  for (const sel of TABLES) $(sel).hidden = false;
}

function renderTables(answer) {
  if (answer.kind === 'province') renderProvince(answer.result);
  else renderRisk(answer.result);
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
  if (answer.result) renderTables(answer);
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

/** What to study: the scenario chosen above, or the province study chosen in the panel; null when none is. */
function subject() {
  const runs = Number($('#study-runs').value);
  const seed = Number($('#study-seed').value);
  if ($('#study-kind').value === 'province') {
    const study = $('#study-library').value;
    if (!study) return { missing: libraryStudies.length ? 'page.studies.noStudy' : 'page.studies.noLibrary' };
    return { what: study, body: { kind: 'province', study, runs, seed } };
  }
  const scenario = state.savedId ? { saved: state.savedId, overrides: {} } : state.baseId;
  if (!scenario) return { missing: 'page.studies.noScenario' };
  return { what: state.savedId ?? state.baseId, body: { kind: 'risk', scenario, runs, seed } };
}

async function start() {
  const { missing, what, body } = subject();
  if (missing) {
    say(missing);
    return;
  }
  stopPolling();
  shown.id = null;
  hideTables();
  $('#study-progress').hidden = true;
  setState('submitting');
  say('page.studies.submitting', { what });
  try {
    const made = await api('POST', '/v1/studies', body);
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

/** The shipped province studies as the select's options, named in the page's language. */
function fillLibrary() {
  const select = $('#study-library');
  const chosen = select.value;
  select.replaceChildren(
    ...libraryStudies.map((s) => {
      const option = document.createElement('option');
      option.value = s.id;
      option.textContent = s.names[lang()] ?? s.id;
      option.title = s.description[lang()] ?? '';
      return option;
    }),
  );
  if (libraryStudies.some((s) => s.id === chosen)) select.value = chosen;
}

/** One city or a province: the study select and the note that says what the study takes. */
function showKind() {
  const province = $('#study-kind').value === 'province';
  $('#study-library-label').hidden = !province;
  $('#study-scope').hidden = province;
  $('#study-scope-province').hidden = !province;
}

async function load() {
  try {
    const list = await api('GET', '/v1/studies?limit=1');
    const on = list.queue.enabled;
    $('#studies-off').hidden = on;
    $('#study-form').disabled = !on;
    libraryStudies = (await api('GET', '/v1/studies/library')).studies;
    fillLibrary();
    setState(on ? 'idle' : 'off');
  } catch (err) {
    setState('error');
    say('page.studies.error', { message: err.message });
  }
}

$('#study-start').addEventListener('click', () => start());
$('#study-cancel').addEventListener('click', () => cancel());
$('#study-kind').addEventListener('change', () => showKind());
document.addEventListener('baogong:lang', () => {
  if (shown.line) say(shown.line.key, shown.line.params);
  if (shown.answer?.result) renderTables(shown.answer);
  fillLibrary();
});
showKind();
load();
