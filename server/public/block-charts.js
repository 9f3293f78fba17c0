/**
 * The run's two intra-day block charts (docs/design.md#intra-day-blocks), shown in
 * `#block-charts` only for a run with blocks: its summary's `blocksPerDay` > 1 (absent for one
 * block a day, and then nothing is asked for). `peak-electricity` is
 * GET /v1/runs/:id/charts/peak-electricity.json?lang=; `day-blocks` is
 * GET …/day-blocks.json?day=&lang= for the day picked in `#block-day`: design, coldest, typical
 * cold, or a date in `#block-date`, held to the run's dates (read from the peak-electricity
 * chart's data, one point a day). Only the latest pick is drawn; the day-blocks box says which
 * day it shows in `data-day`. A new run starts from the coldest day, the API's default.
 */
import { $, state } from './app-state.js';
import { lang, t } from './i18n.js';
import { embedChart } from './run-charts.js';

let pickerRunId = null;
let daySeq = 0;

/** True when the summary says the run has intra-day blocks. */
export function runHasBlocks(summary) {
  return Number(summary?.blocksPerDay) > 1;
}

const chartUrl = (id, name, query = '') =>
  `/v1/runs/${encodeURIComponent(id)}/charts/${name}.json?${query}lang=${encodeURIComponent(lang())}`;

/** The first and last `date` in a spec's inline data (its layers' too), or null without one. */
export function dateRangeOf(spec) {
  const dates = [];
  for (const part of [spec, ...(spec?.layer ?? []), ...(spec?.vconcat ?? [])])
    for (const v of part?.data?.values ?? []) if (typeof v?.date === 'string') dates.push(v.date);
  if (dates.length === 0) return null;
  dates.sort();
  return { min: dates[0], max: dates[dates.length - 1] };
}

/** Shows or hides the block charts of run `id`, drawing both when it has blocks. */
export async function embedBlockCharts(id, summary) {
  const section = $('#block-charts');
  if (!runHasBlocks(summary)) {
    section.hidden = true;
    pickerRunId = null;
    daySeq++;
    $('#chart-peak-electricity').replaceChildren();
    $('#chart-day-blocks').replaceChildren();
    return;
  }
  if (id !== pickerRunId) {
    pickerRunId = id;
    $('#block-day').value = 'coldest';
    Object.assign($('#block-date'), { value: '', min: '', max: '', disabled: true });
  }
  section.hidden = false;
  $('#block-charts-h').textContent = t('page.result.blocks.heading', { count: summary.blocksPerDay });
  const [spec] = await Promise.all([
    embedChart('#chart-peak-electricity', chartUrl(id, 'peak-electricity')),
    drawDay(id),
  ]);
  const range = dateRangeOf(spec);
  if (range && pickerRunId === id) Object.assign($('#block-date'), range);
}

/** The day picked, or null while a date is picked but missing or outside the run. */
function pickedDay() {
  const choice = $('#block-day').value;
  if (choice !== 'date') return choice;
  const input = $('#block-date');
  const ok = input.value !== '' && input.checkValidity();
  input.setAttribute('aria-invalid', String(!ok));
  return ok ? input.value : null;
}

async function drawDay(id) {
  const day = pickedDay();
  if (day === null) return;
  const seq = ++daySeq;
  const box = $('#chart-day-blocks');
  const spec = await embedChart(
    '#chart-day-blocks',
    chartUrl(id, 'day-blocks', `day=${encodeURIComponent(day)}&`),
    () => seq === daySeq,
  );
  if (spec !== undefined) box.dataset.day = day;
}

/** A change of `#block-day` or `#block-date`: the date input on for a date (the design day to start), the chart drawn again. */
export function pickBlockDay() {
  const id = state.shown?.id;
  if (id === undefined || id !== pickerRunId) return Promise.resolve();
  const input = $('#block-date');
  input.disabled = $('#block-day').value !== 'date';
  if (!input.disabled && input.value === '') input.value = state.shown.summary?.peakDate ?? input.min;
  return drawDay(id);
}
