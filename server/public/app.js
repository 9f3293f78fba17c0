/**
 * The what-if page: pick a library scenario, add a cold wave, a gas or coal cut and the
 * setpoint, run it (POST /v1/runs), and see the summary and the charts (vega-embed, specs from
 * GET /v1/runs/:id/charts/<name>.json?lang=), in the page's language (i18n.js; a switch
 * re-renders every text and re-fetches the charts, the inputs stay); earlier runs are listed
 * and two can be compared.
 * `body[data-state]` is loading | ready | running | done | error (the browser test waits on it).
 * This file wires the page's controls to its parts:
 *   app-state.js      the shared state, the status line, the request helper
 *   base-scenario.js  the library list and the base scenario (library or saved) with its texts
 *   run-form.js       the what-if read from the form, the cold-wave preview, the run
 *   run-result.js     the run shown: its texts, downloads, summary and charts
 *   run-charts.js     the charts drawn by vega-embed in the page's fonts
 *   block-charts.js   the intra-day block charts of a run with blocks, and their day
 *   runs-table.js     the earlier runs, ticking two and comparing them
 */
import { keyedDownloads } from './api-key.js';
import { $, fail, setStatus, state, tr } from './app-state.js';
import { describeBase, loadLibrary, renderLibrary, useSaved } from './base-scenario.js';
import { embedBlockCharts, pickBlockDay } from './block-charts.js';
import { renderSummary } from './format.js';
import { t } from './i18n.js';
import { embedRunCharts } from './run-charts.js';
import { run, schedulePreview } from './run-form.js';
import { describeRun } from './run-result.js';
import { compare, loadRuns, showComparison } from './runs-table.js';

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
    jobs.push(embedRunCharts(state.shown.id), embedBlockCharts(state.shown.id, state.shown.summary));
  }
  if (state.compared) jobs.push(showComparison());
  await Promise.all(jobs);
}

$('#run').addEventListener('click', run);
keyedDownloads($('#downloads'));
document.addEventListener('baogong:use-saved', (e) => useSaved(e.detail));
$('#compare').addEventListener('click', compare);
for (const sel of ['#block-day', '#block-date']) $(sel).addEventListener('change', () => pickBlockDay().catch(fail));
document.addEventListener('baogong:lang', () => relabel().catch(fail));
$('#cw-grade').addEventListener('change', () => {
  $('#cw-drop').disabled = $('#cw-grade').value !== 'depth';
});
for (const sel of ['#cw-on', '#cw-start', '#cw-days', '#cw-grade', '#cw-drop'])
  $(sel).addEventListener('change', schedulePreview);
setStatus('page.status.loadingLibrary', {}, 'loading');
loadLibrary().then(loadRuns).catch(fail);
