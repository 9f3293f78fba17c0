/**
 * What every part of "Your scenarios" shares: the editor's state (the draft, the saved id it
 * was opened from or saved as, the validation timer and sequence, the status line and the
 * starting points), `#city[data-state]` and its status line from a catalogue key (i18n.js),
 * the one request helper (the page's language as Accept-Language; the answer's JSON, or its
 * text as `{ message }`, never a throw for a status) and the small DOM helpers `$` and `el`.
 */
import { apiCall } from './api-key.js';
import { t } from './i18n.js';

export const $ = (sel) => document.querySelector(sel);
export const el = (tag, props = {}, ...children) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};
export const city = { draft: null, savedId: null, checkTimer: null, checkSeq: 0, status: null, starts: null };

/** The editor's state, and its status line from a catalogue key (remembered for a change of language). */
export function setCityState(st, key, params) {
  $('#city').dataset.state = st;
  if (key === undefined) return;
  city.status = { key, params };
  $('#city-status').textContent = t(key, params);
}

/** An API call: `{ ok, status, data }` (api-key.js `apiCall`). */
export const call = apiCall;

export function fail(err) {
  console.error(err);
  setCityState('invalid', 'page.city.error', { message: err.message });
}
