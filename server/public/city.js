/**
 * "Your scenarios": start from a template, a library city or an uploaded file (JSON, or XLSX
 * read by POST /v1/scenarios/import-xlsx), edit the tables that change most, see each
 * validation problem (POST /v1/scenarios/validate) beside the field its JSON path names, save
 * under a name (POST / PUT /v1/saved), list, open, duplicate, download and delete saved
 * scenarios, and hand one to the what-if below (event `baogong:use-saved`, app.js runs it as
 * `{ saved: id, overrides }`). `#city[data-state]` is idle | editing | checking | valid |
 * invalid | saving (the browser test waits on it). Texts are in the page's language (i18n.js);
 * a switch re-renders the form from the draft and checks it again, so the problems come back
 * in the new language too.
 */
import {
  copyRow,
  DEFAULT_PROTECT_ORDER,
  fieldForProblem,
  GAS_CATEGORIES,
  getAt,
  inputValue,
  moveItem,
  removeRow,
  setAt,
  TABLES,
} from './city-form.js';
import { lang, t, word } from './i18n.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const $ = (sel) => document.querySelector(sel);
const el = (tag, props = {}, ...children) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};
const city = { draft: null, savedId: null, checkTimer: null, checkSeq: 0, status: null, starts: null };

/** The editor's state, and its status line from a catalogue key (remembered for a change of language). */
function setCityState(st, key, params) {
  $('#city').dataset.state = st;
  if (key === undefined) return;
  city.status = { key, params };
  $('#city-status').textContent = t(key, params);
}

async function call(method, url, body, type = 'application/json') {
  const res = await fetch(url, {
    method,
    cache: 'no-cache',
    headers: { 'accept-language': lang(), ...(body !== undefined ? { 'content-type': type } : {}) },
    body: body === undefined ? undefined : type === 'application/json' ? JSON.stringify(body) : body,
  });
  const text = await res.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { message: text };
  }
  return { ok: res.ok, status: res.status, data };
}

// ---- starting points -------------------------------------------------------------------

async function loadStartingPoints() {
  const [templates, library] = await Promise.all([call('GET', '/v1/templates'), call('GET', '/v1/scenarios')]);
  city.starts = { templates: templates.data?.templates ?? [], library: library.data?.scenarios ?? [] };
  renderStartingPoints();
}

function renderStartingPoints() {
  if (!city.starts) return;
  const select = $('#city-from');
  const value = select.value;
  const tg = el('optgroup', { label: t('page.city.templates') });
  for (const x of city.starts.templates) tg.append(new Option(`${x.name}: ${x.title}`, `template:${x.name}`));
  const lg = el('optgroup', { label: t('page.city.libraryCities') });
  for (const x of city.starts.library) {
    const name = x.translations?.[lang()]?.name || x.name || x.id;
    lg.append(new Option(`${name} (${x.id})`, `library:${x.id}`));
  }
  select.replaceChildren(tg, lg);
  if (value) select.value = value;
}

async function startFrom(value) {
  const [kind, name] = value.split(':');
  const url = kind === 'template' ? `/v1/templates/${name}` : `/v1/scenarios/${name}`;
  const res = await call('GET', url);
  if (!res.ok) return showProblems([{ path: '', message: res.data?.message ?? `${res.status}` }]);
  const title = res.data.translations?.[lang()]?.name || res.data.name || name;
  openDraft(
    res.data,
    null,
    kind === 'template' ? t('page.city.myTemplate', { name }) : t('page.city.myCopy', { name: title }),
  );
}

async function upload(file) {
  setCityState('checking', 'page.city.reading', { file: file.name });
  if (/\.xlsx$/i.test(file.name)) {
    const res = await call('POST', '/v1/scenarios/import-xlsx', await file.arrayBuffer(), XLSX_TYPE);
    if (!res.ok) {
      setCityState('invalid', 'page.city.fileFailed', { file: file.name, message: res.data?.message ?? res.status });
      return showProblems(res.data?.problems ?? []);
    }
    return openDraft(res.data, null, file.name.replace(/\.xlsx$/i, ''));
  }
  let scenario;
  try {
    scenario = JSON.parse(await file.text());
  } catch (err) {
    setCityState('invalid', 'page.city.notJson', { file: file.name, message: err.message });
    return;
  }
  openDraft(scenario, null, file.name.replace(/\.json$/i, ''));
}

function openDraft(scenario, savedId, name) {
  city.draft = structuredClone(scenario);
  city.savedId = savedId;
  $('#city-name').value = name;
  $('#city-form').hidden = false;
  showSavedAs();
  renderForm();
  setCityState('editing', 'page.city.editing', { id: scenario.id ?? t('page.city.aScenario') });
  scheduleCheck(0);
}

function showSavedAs() {
  $('#city-saved-as').textContent = city.savedId
    ? t('page.city.savedAs', { id: city.savedId })
    : t('page.city.notSavedYet');
}

// ---- the form --------------------------------------------------------------------------

function numberField(path, label, placeholder = '') {
  const input = el('input', {
    type: 'number',
    step: 'any',
    value: getAt(city.draft, path) ?? '',
    placeholder: placeholder ? t(placeholder) : '',
  });
  input.dataset.path = path;
  input.setAttribute('aria-label', label);
  input.addEventListener('input', () => {
    setAt(city.draft, path, inputValue(input.value));
    scheduleCheck();
  });
  return el('td', {}, input, errorSlot(path));
}

function errorSlot(path) {
  const span = el('span', { className: 'field-error' });
  span.dataset.errorFor = path;
  return span;
}

function renderTable(table) {
  const rows = getAt(city.draft, table.key) ?? [];
  const box = el('fieldset', { className: 'city-table' }, el('legend', { textContent: t(table.title) }));
  box.dataset.table = table.key;
  if (table.addCategory) box.append(addCategoryControl(rows));
  if (rows.length === 0) {
    box.append(el('p', { className: 'note', textContent: t('page.city.noneInScenario') }));
    return box;
  }
  const head = el(
    'tr',
    {},
    el('th', { textContent: t('page.city.id') }),
    ...table.columns.map((c) => el('th', { textContent: t(c.label) })),
  );
  if (table.outages) head.append(el('th', { textContent: t('page.city.outages') }));
  head.append(el('th', { textContent: t('page.city.rows') }));
  const body = el('tbody');
  rows.forEach((row, i) => {
    const at = `${table.key}[${i}]`;
    const name = table.rowName(row, word);
    const tr = el('tr', {}, el('td', { textContent: name }, errorSlot(at)));
    tr.dataset.row = at;
    for (const c of table.columns) tr.append(numberField(`${at}.${c.field}`, `${name}: ${t(c.label)}`, c.placeholder));
    if (table.outages) tr.append(outagesCell(at, row));
    tr.append(rowActions(table, rows, i));
    body.append(tr);
  });
  box.append(el('table', {}, el('thead', {}, head), body));
  return box;
}

/** Copy (a new row with a fresh id, to edit) and remove; the validation then names what a change breaks. */
function rowActions(table, rows, i) {
  const td = el('td', { className: 'row-actions' });
  const act = (text, title, next) => {
    const b = el('button', { type: 'button', textContent: t(text), title: t(title) });
    b.addEventListener('click', () => {
      setAt(city.draft, table.key, next());
      renderForm();
      scheduleCheck(0);
    });
    td.append(b, ' ');
  };
  if (table.copyable) act('page.city.copy', 'page.city.copyTitle', () => copyRow(rows, i));
  act('page.city.remove', 'page.city.removeTitle', () => removeRow(rows, i));
  return td;
}

/** A category the scenario lacks, added with a base demand of 0 m³/day to fill in. */
function addCategoryControl(rows) {
  const missing = GAS_CATEGORIES.filter((c) => !rows.some((r) => r.category === c));
  const select = el('select');
  select.setAttribute('aria-label', t('page.city.categoryToAdd'));
  for (const c of missing) select.append(el('option', { value: c, textContent: word('gasCategory', c) }));
  const add = el('button', { type: 'button', textContent: t('page.city.addCategory') });
  add.disabled = missing.length === 0;
  add.addEventListener('click', () => {
    setAt(city.draft, 'gas.categories', [...rows, { category: select.value, baseM3PerDay: 0 }]);
    renderForm();
    scheduleCheck(0);
  });
  return el('p', { className: 'note' }, select, ' ', add);
}

function outagesCell(at, row) {
  const td = el('td', { className: 'outages' });
  (row.outages ?? []).forEach((o, k) => {
    const p = `${at}.outages[${k}]`;
    const date = (f) => {
      const input = el('input', { type: 'date', value: o[f] ?? '' });
      input.dataset.path = `${p}.${f}`;
      input.setAttribute(
        'aria-label',
        t(f === 'start' ? 'page.city.outageStart' : 'page.city.outageEnd', { n: k + 1 }),
      );
      input.addEventListener('input', () => {
        setAt(city.draft, `${p}.${f}`, input.value || undefined);
        scheduleCheck();
      });
      return el('span', {}, input, errorSlot(`${p}.${f}`));
    };
    const share = el('input', { type: 'number', step: 'any', value: o.availableFraction ?? 0, className: 'short' });
    share.dataset.path = `${p}.availableFraction`;
    share.setAttribute('aria-label', t('page.city.outageShare', { n: k + 1 }));
    share.addEventListener('input', () => {
      setAt(city.draft, `${p}.availableFraction`, inputValue(share.value));
      scheduleCheck();
    });
    const remove = el('button', { type: 'button', textContent: '×', title: t('page.city.removeOutage') });
    remove.addEventListener('click', () => {
      row.outages.splice(k, 1);
      renderForm();
      scheduleCheck(0);
    });
    td.append(
      el('div', {}, date('start'), ' – ', date('end'), ' ', share, errorSlot(`${p}.availableFraction`), remove),
    );
  });
  const add = el('button', { type: 'button', textContent: t('page.city.addOutage') });
  add.addEventListener('click', () => {
    const h = city.draft.horizon ?? {};
    row.outages = [
      ...(row.outages ?? []),
      { start: h.start ?? '2012-12-01', end: h.start ?? '2012-12-01', availableFraction: 0 },
    ];
    renderForm();
    scheduleCheck(0);
  });
  td.append(add, errorSlot(`${at}.outages`));
  return td;
}

function renderPriority() {
  const order = getAt(city.draft, 'policy.protectOrder') ?? DEFAULT_PROTECT_ORDER;
  const list = el('ol', { id: 'city-priority' });
  order.forEach((item, i) => {
    const li = el('li', {}, el('span', { textContent: word('policyItem', item) }));
    li.dataset.path = `policy.protectOrder[${i}]`;
    for (const [text, by] of [
      ['↑', -1],
      ['↓', 1],
    ]) {
      const b = el('button', {
        type: 'button',
        textContent: text,
        title: t(by < 0 ? 'page.city.protectEarlier' : 'page.city.protectLater'),
      });
      b.disabled = (by < 0 && i === 0) || (by > 0 && i === order.length - 1);
      b.addEventListener('click', () => {
        setAt(city.draft, 'policy.protectOrder', moveItem(order, i, by));
        renderForm();
        scheduleCheck(0);
      });
      li.append(' ', b);
    }
    li.append(errorSlot(`policy.protectOrder[${i}]`));
    list.append(li);
  });
  return el(
    'fieldset',
    { className: 'city-table' },
    el('legend', { textContent: t('page.city.priority') }),
    list,
    errorSlot('policy.protectOrder'),
  );
}

function renderForm() {
  $('#city-tables').replaceChildren(...TABLES.map(renderTable), renderPriority());
  $('#city-tables').append(el('p', { className: 'note' }, t('page.city.otherFields')));
}

// ---- validation ------------------------------------------------------------------------

function scheduleCheck(delayMs = 300) {
  clearTimeout(city.checkTimer);
  setCityState('checking');
  city.checkTimer = setTimeout(() => check().catch(fail), delayMs);
}

async function check() {
  const seq = ++city.checkSeq;
  const res = await call('POST', '/v1/scenarios/validate', city.draft);
  if (seq !== city.checkSeq) return null;
  const problems = res.ok ? [] : (res.data?.problems ?? [{ path: res.data?.path ?? '', message: res.data?.message }]);
  showProblems(problems);
  if (problems.length === 0) setCityState('valid', 'page.city.valid');
  else
    setCityState('invalid', problems.length === 1 ? 'page.city.problemsOne' : 'page.city.problemsMany', {
      count: problems.length,
    });
  return problems;
}

/** Each problem beside its field (or its row); the rest in the list above the form. */
function showProblems(problems) {
  const slots = new Map([...document.querySelectorAll('#city [data-error-for]')].map((s) => [s.dataset.errorFor, s]));
  for (const s of slots.values()) s.textContent = '';
  for (const i of document.querySelectorAll('#city [data-path]')) i.classList.remove('invalid');
  const rest = [];
  for (const p of problems) {
    const at = fieldForProblem(String(p.path ?? '').replace(/^scenario\./, ''), slots);
    if (at === null) {
      rest.push(p);
      continue;
    }
    const slot = slots.get(at);
    slot.textContent = slot.textContent ? `${slot.textContent}; ${p.message}` : p.message;
    document.querySelector(`#city [data-path="${CSS.escape(at)}"]`)?.classList.add('invalid');
  }
  $('#city-problems').replaceChildren(
    ...rest.map((p) =>
      el('li', {}, el('code', { textContent: p.path || t('page.city.wholeScenario') }), ` ${p.message}`),
    ),
  );
}

// ---- saving and the saved list -----------------------------------------------------------

async function save(asNew) {
  clearTimeout(city.checkTimer);
  setCityState('saving', 'page.city.saving');
  const body = { name: $('#city-name').value, scenario: city.draft };
  const res =
    city.savedId && !asNew
      ? await call('PUT', `/v1/saved/${encodeURIComponent(city.savedId)}`, body)
      : await call('POST', '/v1/saved', body);
  if (!res.ok) {
    showProblems(res.data?.problems ?? [{ path: res.data?.path ?? '', message: res.data?.message }]);
    setCityState('invalid', 'page.city.notSaved', { message: res.data?.message ?? res.status });
    return null;
  }
  city.savedId = res.data.id;
  showSavedAs();
  setCityState('valid', 'page.city.saved', { name: res.data.name, id: res.data.id });
  await loadSaved();
  return res.data;
}

function download(name, scenario) {
  const a = el('a', {
    href: URL.createObjectURL(new Blob([`${JSON.stringify(scenario, null, 2)}\n`], { type: 'application/json' })),
    download: `${name.replace(/[^\w.-]+/g, '_') || 'scenario'}.json`,
  });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

function useInWhatIf(entry) {
  document.dispatchEvent(new CustomEvent('baogong:use-saved', { detail: entry }));
  $('#setup').scrollIntoView({ behavior: 'smooth' });
}

async function loadSaved() {
  const res = await call('GET', '/v1/saved');
  const rows = res.data?.saved ?? [];
  const body = $('#saved tbody');
  body.replaceChildren();
  for (const r of rows) {
    const tr = el(
      'tr',
      {},
      el('td', { textContent: r.name }),
      el('td', { textContent: r.scenarioId }),
      el('td', { textContent: r.updatedAt.replace('T', ' ').slice(0, 19) }),
    );
    tr.dataset.savedId = r.id;
    const get = async () => (await call('GET', `/v1/saved/${encodeURIComponent(r.id)}`)).data;
    const actions = [
      [
        'page.city.open',
        async () => {
          const s = await get();
          openDraft(s.scenario, s.id, s.name);
        },
      ],
      ['page.city.useInWhatIf', async () => useInWhatIf(await get())],
      [
        'page.city.duplicate',
        async () => {
          await call('POST', `/v1/saved/${encodeURIComponent(r.id)}/duplicate`);
          await loadSaved();
        },
      ],
      [
        'page.city.download',
        async () => {
          const s = await get();
          download(s.name, s.scenario);
        },
      ],
      [
        'page.city.delete',
        async () => {
          if (!confirm(t('page.city.confirmDelete', { name: r.name }))) return;
          await call('DELETE', `/v1/saved/${encodeURIComponent(r.id)}`);
          if (city.savedId === r.id) city.savedId = null;
          await loadSaved();
        },
      ],
    ];
    const td = el('td');
    for (const [key, fn] of actions) {
      const b = el('button', { type: 'button', textContent: t(key) });
      b.addEventListener('click', () => fn().catch(fail));
      td.append(b, ' ');
    }
    tr.append(td);
    body.append(tr);
  }
  $('#saved').hidden = rows.length === 0;
  $('#saved-none').hidden = rows.length > 0;
}

function fail(err) {
  console.error(err);
  setCityState('invalid', 'page.city.error', { message: err.message });
}

/** A new language: the starting points, the form (from the draft, checked again) and the saved list re-rendered. */
async function relabel() {
  renderStartingPoints();
  if (city.draft) {
    showSavedAs();
    renderForm();
    scheduleCheck(0);
  } else if (city.status) $('#city-status').textContent = t(city.status.key, city.status.params);
  await loadSaved();
}

$('#city-start').addEventListener('click', () => startFrom($('#city-from').value).catch(fail));
$('#city-upload').addEventListener('change', () => {
  const file = $('#city-upload').files?.[0];
  if (file) upload(file).catch(fail);
});
$('#city-save').addEventListener('click', () => save(false).catch(fail));
$('#city-save-new').addEventListener('click', () => save(true).catch(fail));
$('#city-download').addEventListener('click', () => download($('#city-name').value, city.draft));
$('#city-use').addEventListener('click', async () => {
  try {
    const entry = await save(false);
    if (entry) useInWhatIf(entry);
  } catch (err) {
    fail(err);
  }
});
document.addEventListener('baogong:lang', () => relabel().catch(fail));
setCityState('idle');
Promise.all([loadStartingPoints(), loadSaved()]).catch(fail);
