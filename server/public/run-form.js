/**
 * The what-if form and its run: the inputs read as a what-if (setpoint, dispatch mode, a cold
 * wave, a gas cut, a coal cut), the cold-wave preview re-drawn a moment after a change of it
 * (POST /v1/scenarios/preview-cold-wave, drawn by cold-wave-preview.js, only the latest kept),
 * and the run (POST /v1/runs with the library base or the saved id, the overrides from
 * what-if.js and the label), then its result shown and the runs table reloaded.
 */
import { $, api, fail, setStatus, state, tr } from './app-state.js';
import { clearPreview, renderPreview } from './cold-wave-preview.js';
import { t } from './i18n.js';
import { showRun } from './run-result.js';
import { loadRuns } from './runs-table.js';
import { buildOverrides } from './what-if.js';

let previewTimer = null;
let previewSeq = 0;
/** Re-draws the cold-wave preview a moment after the box is ticked or a field of it changes. */
export function schedulePreview() {
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

export async function run() {
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
