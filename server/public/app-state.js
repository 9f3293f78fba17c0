/**
 * What every part of the what-if page shares: its state (the base scenario, library or saved,
 * the ticked runs, the run and comparison shown, the status line), `body[data-state]` and the
 * status line from a catalogue key (i18n.js), the request helper (the page's language as
 * Accept-Language; an answer that is not ok thrown as an Error naming its status, code, message
 * and path), the `{ lang, t, word }` the formatting modules take, and `fail` for any error.
 */
import { apiCall } from './api-key.js';
import { lang, t, word } from './i18n.js';

export const $ = (sel) => document.querySelector(sel);
/**
 * `savedId` set: the what-if runs that saved scenario (`{ saved, overrides }`) rather than the
 * library's `baseId`. `saved`, `library`, `shown`, `compared` and `status` keep what the texts
 * are made from, so a change of language re-renders them.
 */
export const state = {
  base: null,
  baseId: null,
  savedId: null,
  saved: null,
  ticked: [],
  library: [],
  shown: null,
  compared: null,
  status: null,
};
/** The page's language and its lookups, for the modules that format (format.js, what-if-text.js). */
export const tr = () => ({ lang: lang(), t, word });

/** The status line from a catalogue key (or a `{ text }` already made), remembered for a re-render. */
export function setStatus(key, params, st) {
  state.status = { key, params };
  $('#status').textContent = t(key, params);
  if (st) document.body.dataset.state = st;
}

/** An API call whose failure is an Error naming the status, code, message and path. */
export async function api(method, url, body) {
  const { ok, status, statusText, data } = await apiCall(method, url, body || undefined);
  if (!ok) {
    const where = data?.path ? ` (at ${data.path})` : '';
    throw new Error(`${status} ${data?.code ?? ''} ${data?.message ?? statusText}${where}`.replace(/\s+/g, ' '));
  }
  return data;
}

export function fail(err) {
  console.error(err);
  setStatus('page.status.error', { message: err.message }, 'error');
}
