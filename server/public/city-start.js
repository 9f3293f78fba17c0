/**
 * Where a draft of "Your scenarios" starts: the templates (GET /v1/templates) and the library
 * cities (GET /v1/scenarios) in the `#city-from` list, one of them fetched as the draft under a
 * name of its own ("my …"), or an uploaded file, JSON read here or XLSX read by POST
 * /v1/scenarios/import-xlsx (its problems shown when it cannot be read).
 */
import { openDraft } from './city-editor.js';
import { showProblems } from './city-problems.js';
import { $, call, city, el, setCityState } from './city-state.js';
import { lang, t } from './i18n.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function loadStartingPoints() {
  const [templates, library] = await Promise.all([call('GET', '/v1/templates'), call('GET', '/v1/scenarios')]);
  city.starts = { templates: templates.data?.templates ?? [], library: library.data?.scenarios ?? [] };
  renderStartingPoints();
}

export function renderStartingPoints() {
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

export async function startFrom(value) {
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

export async function upload(file) {
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
