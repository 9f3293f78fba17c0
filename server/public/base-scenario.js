/**
 * The what-if's base scenario: the library list in `#scenario` (its names in the page's
 * language, the demo chosen first), a library scenario fetched as the base, or a saved one
 * handed over from "Your scenarios" (city.js); the controls set to its horizon (a baseline: no
 * cold wave ticked) and its texts shown (description, facts, where a gas or coal cut applies).
 */
import { $, api, fail, setStatus, state } from './app-state.js';
import { clearPreview } from './cold-wave-preview.js';
import { formatDate, withUnit } from './format.js';
import { lang, t, word } from './i18n.js';
import { addDays, daysBetween } from './what-if.js';

export async function loadLibrary() {
  const data = await api('GET', '/v1/scenarios');
  const list = Array.isArray(data) ? data : data.scenarios;
  state.library = list;
  const select = $('#scenario');
  renderLibrary();
  const demo = list.find((s) => /demo/.test(s.id)) ?? list[0];
  if (demo) select.value = demo.id;
  select.addEventListener('change', () => loadScenario(select.value).catch(fail));
  if (demo) await loadScenario(demo.id);
}

/** A library entry's name in the page's language (its `translations` when it has them). */
function entryName(s) {
  return `${s.translations?.[lang()]?.name || s.name || s.id} (${s.id})`;
}

export function renderLibrary() {
  const select = $('#scenario');
  const value = select.value;
  select.replaceChildren(...state.library.map((s) => new Option(entryName(s), s.id)));
  if (value) select.value = value;
}

async function loadScenario(id) {
  setStatus('page.status.loadingScenario', { id }, 'loading');
  const base = await api('GET', `/v1/scenarios/${encodeURIComponent(id)}`);
  state.savedId = null;
  state.saved = null;
  $('#using-saved').hidden = true;
  applyBase(base, id);
}

/** A saved scenario from "Your scenarios" (city.js) becomes the base of the what-if. */
export function useSaved({ id, name, scenario }) {
  state.savedId = id;
  state.saved = { id, name };
  $('#using-saved').hidden = false;
  applyBase(scenario, id);
}

function horizonOf(base) {
  return { start: base.horizon?.start ?? '2012-11-15', end: base.horizon?.end ?? '2013-03-15' };
}

/** A scenario as the what-if's base: its facts shown, the controls set to its horizon. */
function applyBase(base, id) {
  state.base = base;
  state.baseId = state.savedId ? null : id;
  const h = horizonOf(base);
  const len = daysBetween(h.start, h.end) + 1;
  describeBase();
  const mid = addDays(h.start, Math.floor(len * 0.4));
  for (const sel of ['#cw-start', '#gas-start', '#coal-start'])
    Object.assign($(sel), { min: h.start, max: h.end, value: mid });
  $('#gas-on').disabled = (base.gas?.supplyPoints ?? []).length === 0;
  $('#coal-on').disabled = (base.yards ?? []).length === 0;
  $('#setpoint').value = String(base.heating?.indoorSetpointC ?? 18) === '20' ? '20' : '18';
  $('#run').disabled = false;
  // A freshly opened scenario's first run is its baseline: no cold wave until one is ticked.
  $('#cw-on').checked = false;
  clearPreview($('#cw-preview'));
  setStatus('page.status.loaded', { id: state.savedId ? t('page.status.savedRef', { id }) : id }, 'ready');
}

/** The base scenario's texts (description, facts, where the cuts apply) in the page's language. */
export function describeBase() {
  const base = state.base;
  if (!base) return;
  const L = lang();
  if (state.saved)
    $('#using-saved').textContent = t('page.setup.usingSaved', { name: state.saved.name, id: state.saved.id });
  const h = horizonOf(base);
  const len = daysBetween(h.start, h.end) + 1;
  $('#scenario-description').textContent = base.translations?.[L]?.description ?? base.description ?? '';
  const mode = base.dispatch?.mode ?? 'daily';
  $('#scenario-facts').textContent = t('page.setup.facts', {
    start: formatDate(L, h.start),
    end: formatDate(L, h.end),
    days: withUnit(len, 'd', 0, L),
    zones: base.zones?.length ?? 0,
    sources: base.sources?.length ?? 0,
    setpoint: withUnit(base.heating?.indoorSetpointC ?? 18, '°C', 0, L),
    mode: word('dispatchMode', mode),
  });
  const sep = t('page.setup.listSeparator');
  const points = base.gas?.supplyPoints ?? [];
  $('#gas-points').textContent = points.length
    ? t('page.setup.gasPoints', { list: points.map((p) => p.name || p.id).join(sep) })
    : t('page.setup.noGasPoints');
  const yards = base.yards ?? [];
  $('#coal-yards').textContent = yards.length
    ? t('page.setup.coalYards', { list: yards.map((y) => y.name || y.id).join(sep) })
    : t('page.setup.noCoalYards');
}
