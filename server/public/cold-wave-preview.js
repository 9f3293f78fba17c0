/**
 * The cold-wave preview: the daily mean and minimum temperatures (°C) around the wave before and
 * after injection, from POST /v1/scenarios/preview-cold-wave (the engine's own weather, so the
 * run sees the same). `#cw-preview[data-state]` is idle | loading | ready | error.
 */

const fmt = (v) => (v === null || v === undefined ? '—' : `${v.toFixed(1)} °C`);

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
export async function renderPreview(box, data) {
  box.hidden = false;
  box.replaceChildren();
  box.append(el('p', { class: 'note' }, 'Temperatures this cold wave will produce (before → after injection):'));
  const chart = el('div', { class: 'chart small', 'data-chart': 'cold-wave-preview' });
  box.append(chart);
  const table = el('table', { id: 'cw-preview-table' });
  const head = el('tr');
  for (const t of ['Date', 'Mean before', 'Mean after', 'Min before', 'Min after', 'Grade (GB/T 21987)'])
    head.append(el('th', {}, t));
  table.append(head);
  for (const d of data.days) {
    const tr = el('tr', { 'data-date': d.date });
    tr.append(el('td', {}, d.date));
    for (const v of [d.tMeanC, d.injectedMeanC, d.tMinC, d.injectedMinC])
      tr.append(el('td', { class: 'num', 'data-value': JSON.stringify(v) }, fmt(v)));
    tr.append(el('td', {}, d.grade));
    table.append(tr);
  }
  box.append(table);
  if (window.vegaEmbed) {
    const values = data.days.flatMap((d) => [
      { date: d.date, line: 'mean before', tC: d.tMeanC },
      { date: d.date, line: 'mean after', tC: d.injectedMeanC },
      { date: d.date, line: 'min before', tC: d.tMinC },
      { date: d.date, line: 'min after', tC: d.injectedMinC },
    ]);
    await window.vegaEmbed(
      chart,
      {
        $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
        width: 360,
        height: 140,
        data: { values },
        mark: { type: 'line', point: true },
        encoding: {
          x: { field: 'date', type: 'temporal', title: 'Date', axis: { format: '%b %d' } },
          y: { field: 'tC', type: 'quantitative', title: 'Temperature (°C)', scale: { zero: false } },
          color: { field: 'line', type: 'nominal', title: 'Daily' },
          tooltip: [
            { field: 'date', type: 'temporal', title: 'Date' },
            { field: 'line', type: 'nominal', title: 'Daily' },
            { field: 'tC', type: 'quantitative', title: 'Temperature (°C)', format: '.1f' },
          ],
        },
      },
      { renderer: 'svg', actions: false },
    );
  }
  box.dataset.state = 'ready';
}
