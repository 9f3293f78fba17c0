/**
 * The cold-wave preview: the daily mean and minimum temperatures (°C) around the wave before and
 * after injection, from POST /v1/scenarios/preview-cold-wave (the engine's own weather, so the
 * run sees the same), in the page's language (`tr` is `{ lang, t, word }`, i18n.js).
 * `#cw-preview[data-state]` is idle | loading | ready | error.
 */
import { formatDate } from './format.js';
import { PAGE_FONT } from './i18n.js';
import { EMBED_OPTIONS } from './run-charts.js';

const fmt = (v, lang) =>
  v === null || v === undefined ? '—' : lang === 'zh' ? `${v.toFixed(1)}°C` : `${v.toFixed(1)} °C`;

function el(tag, attrs = {}, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

export function clearPreview(box) {
  box.replaceChildren();
  box.hidden = true;
  box.dataset.state = 'idle';
}

/** Draws `{ days }` as a small chart (when vega-embed is there) and a table. */
export async function renderPreview(box, data, tr) {
  box.hidden = false;
  box.replaceChildren();
  box.append(el('p', { class: 'note' }, tr.t('page.preview.intro')));
  const chart = el('div', { class: 'chart small', 'data-chart': 'cold-wave-preview' });
  box.append(chart);
  const table = el('table', { id: 'cw-preview-table' });
  const head = el('tr');
  for (const key of ['date', 'meanBefore', 'meanAfter', 'minBefore', 'minAfter', 'grade'])
    head.append(el('th', {}, tr.t(`page.preview.${key}`)));
  table.append(head);
  for (const d of data.days) {
    const row = el('tr', { 'data-date': d.date });
    row.append(el('td', {}, formatDate(tr.lang, d.date)));
    for (const v of [d.tMeanC, d.injectedMeanC, d.tMinC, d.injectedMinC])
      row.append(el('td', { class: 'num', 'data-value': JSON.stringify(v) }, fmt(v, tr.lang)));
    row.append(
      el(
        'td',
        {},
        d.grade === 'none' && tr.lang !== 'en' ? tr.t('page.preview.noGrade') : tr.word('coldWaveGrade', d.grade),
      ),
    );
    table.append(row);
  }
  box.append(table);
  if (window.vegaEmbed) {
    await document.fonts?.ready;
    const line = (key) => tr.t(`page.preview.${key}`);
    const values = data.days.flatMap((d) => [
      { date: d.date, line: line('lineMeanBefore'), tC: d.tMeanC },
      { date: d.date, line: line('lineMeanAfter'), tC: d.injectedMeanC },
      { date: d.date, line: line('lineMinBefore'), tC: d.tMinC },
      { date: d.date, line: line('lineMinAfter'), tC: d.injectedMinC },
    ]);
    const dateTitle = line('date');
    const tempTitle = line('temperature');
    const daily = line('daily');
    await window.vegaEmbed(
      chart,
      {
        $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
        config: { font: PAGE_FONT },
        width: 360,
        height: 140,
        data: { values },
        mark: { type: 'line', point: true },
        encoding: {
          x: { field: 'date', type: 'temporal', title: dateTitle, axis: { format: line('dateFormat') } },
          y: { field: 'tC', type: 'quantitative', title: tempTitle, scale: { zero: false } },
          color: { field: 'line', type: 'nominal', title: daily },
          tooltip: [
            { field: 'date', type: 'temporal', title: dateTitle },
            { field: 'line', type: 'nominal', title: daily },
            { field: 'tC', type: 'quantitative', title: tempTitle, format: '.1f' },
          ],
        },
      },
      { ...EMBED_OPTIONS, actions: false },
    );
  }
  box.dataset.state = 'ready';
}
