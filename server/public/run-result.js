/**
 * The run shown in `#result`: its id and label, its what-if and store note in the page's
 * language (what-if-text.js), the download links (CSV, JSON, XLSX), the summary (format.js)
 * and its charts (run-charts.js; the intra-day block charts of a run with blocks: block-charts.js). `state.shown` keeps what a change of language re-renders.
 */
import { $, state, tr } from './app-state.js';
import { embedBlockCharts } from './block-charts.js';
import { renderSummary } from './format.js';
import { t } from './i18n.js';
import { embedRunCharts } from './run-charts.js';
import { describeWhatIf } from './what-if-text.js';

export async function showRun(id, summary, cached, run = {}) {
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
  await Promise.all([embedRunCharts(id), embedBlockCharts(id, summary)]);
}

/** The shown run's what-if and store note in the page's language. */
export function describeRun() {
  const { cached, run } = state.shown;
  $('#run-what-if').textContent =
    'whatIf' in run ? t('page.result.whatIf', { text: describeWhatIf(run.whatIf, tr()) }) : '';
  $('#run-cached').textContent = cached ? t('page.result.fromStore') : '';
}
