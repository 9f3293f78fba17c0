/**
 * The API key of a server that asks for one: every API call goes through `apiFetch`, which
 * sends the key kept for this tab (sessionStorage) as `Authorization: Bearer`; on a 401 it
 * shows the `#api-key` form (texts from the catalogue's `page.apiKey`), waits for a key and
 * sends the call again. Calls that meet a 401 at the same time wait for the same answer.
 */
import { lang, t } from './i18n.js';

const STORE = 'baogong.apiKey';
let waiting = null;

const stored = () => sessionStorage.getItem(STORE);

/** Shows the form (saying the last key was refused, when one was sent) and resolves once a key is entered. */
function askForKey(refused) {
  if (waiting) return waiting;
  const form = document.querySelector('#api-key');
  const text = document.querySelector('#api-key-text');
  const input = document.querySelector('#api-key-input');
  text.dataset.i18n = refused ? 'page.apiKey.refused' : 'page.apiKey.prompt';
  text.textContent = t(text.dataset.i18n);
  form.hidden = false;
  input.value = '';
  input.focus();
  waiting = new Promise((resolve) => {
    const submit = (e) => {
      e.preventDefault();
      const key = input.value.trim();
      if (key === '') return;
      sessionStorage.setItem(STORE, key);
      form.removeEventListener('submit', submit);
      form.hidden = true;
      waiting = null;
      resolve();
    };
    form.addEventListener('submit', submit);
  });
  return waiting;
}

/** `fetch` with the tab's key; a 401 asks for a key and tries again. */
export async function apiFetch(url, init = {}) {
  for (;;) {
    const key = stored();
    const res = await fetch(url, {
      ...init,
      headers: { ...(init.headers ?? {}), ...(key ? { authorization: `Bearer ${key}` } : {}) },
    });
    if (res.status !== 401) return res;
    if (key !== null && stored() === key) sessionStorage.removeItem(STORE);
    if (stored() === null) await askForKey(key !== null);
  }
}

/**
 * An API call in the page's language: the body as JSON (or as given, with `type`), the answer
 * read as JSON when it is JSON (else `{ message: text }`), as `{ ok, status, data }`.
 */
export async function apiCall(method, url, body, type = 'application/json') {
  const res = await apiFetch(url, {
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
  return { ok: res.ok, status: res.status, statusText: res.statusText, data };
}

/**
 * The download links of API files (`a[download]` inside `container`): when the tab keeps a
 * key, a click fetches the file with it and saves it from a blob, since a plain link cannot
 * send the `Authorization` header. Without a key the link works as a link.
 */
export function keyedDownloads(container) {
  container.addEventListener('click', async (e) => {
    const link = e.target.closest('a[download]');
    if (!link || stored() === null) return;
    e.preventDefault();
    const res = await apiFetch(link.href);
    if (!res.ok) return;
    const url = URL.createObjectURL(await res.blob());
    const name = new URL(link.href).pathname.split('/').filter(Boolean).pop();
    Object.assign(document.createElement('a'), { href: url, download: name }).click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
}
