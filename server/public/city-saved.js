/**
 * Saved scenarios in "Your scenarios": the draft saved under its name (POST /v1/saved, or PUT
 * over the one it came from), the saved list (GET /v1/saved) with open, use in the what-if,
 * duplicate, download and delete on each row, a scenario downloaded as JSON, and one handed
 * to the what-if (event `baogong:use-saved`, app.js runs it as `{ saved: id, overrides }`).
 */
import { openDraft, showSavedAs } from './city-editor.js';
import { showProblems } from './city-problems.js';
import { $, call, city, el, fail, setCityState } from './city-state.js';
import { t } from './i18n.js';

export async function save(asNew) {
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

export function download(name, scenario) {
  const a = el('a', {
    href: URL.createObjectURL(new Blob([`${JSON.stringify(scenario, null, 2)}\n`], { type: 'application/json' })),
    download: `${name.replace(/[^\w.-]+/g, '_') || 'scenario'}.json`,
  });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

export function useInWhatIf(entry) {
  document.dispatchEvent(new CustomEvent('baogong:use-saved', { detail: entry }));
  $('#setup').scrollIntoView({ behavior: 'smooth' });
}

export async function loadSaved() {
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
