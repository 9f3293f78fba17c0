/**
 * The draft in the editor of "Your scenarios": a scenario opened as the draft (from a starting
 * point, a file or the saved list) with its name and "saved as" line, and the form made from
 * it: the tables that change most (city-form.js `TABLES`: number fields, a row's outages, copy
 * and remove, a gas category to add) and the protection order, each field with its error slot
 * (`data-error-for`) beside it. Every edit writes the draft by JSON path and schedules a check
 * (city-problems.js); a change of rows re-renders the form from the draft.
 */
import {
  copyRow,
  DEFAULT_PROTECT_ORDER,
  GAS_CATEGORIES,
  getAt,
  inputValue,
  moveItem,
  removeRow,
  setAt,
  TABLES,
} from './city-form.js';
import { scheduleCheck } from './city-problems.js';
import { $, city, el, setCityState } from './city-state.js';
import { t, word } from './i18n.js';

export function openDraft(scenario, savedId, name) {
  city.draft = structuredClone(scenario);
  city.savedId = savedId;
  $('#city-name').value = name;
  $('#city-form').hidden = false;
  showSavedAs();
  renderForm();
  setCityState('editing', 'page.city.editing', { id: scenario.id ?? t('page.city.aScenario') });
  scheduleCheck(0);
}

export function showSavedAs() {
  $('#city-saved-as').textContent = city.savedId
    ? t('page.city.savedAs', { id: city.savedId })
    : t('page.city.notSavedYet');
}

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

export function renderForm() {
  $('#city-tables').replaceChildren(...TABLES.map(renderTable), renderPriority());
  $('#city-tables').append(el('p', { className: 'note' }, t('page.city.otherFields')));
}
