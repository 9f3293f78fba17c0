/**
 * The page's language: 中文 or English. The texts come from the server's one catalogue
 * (GET /v1/i18n/:lang → `{ page, domain }`); `t('page.status.loaded', { id })` looks one up and
 * fills its `{{parameters}}` (and `$t(key)` references, as i18next does on the server).
 * The language is `?lang=zh|en` in the page's address, else the one last chosen with the
 * switch (localStorage), else the browser's (`zh-*` → 中文, anything else → English).
 * Elements carry `data-i18n` (their text), `data-i18n-title`, `-placeholder`, `-aria-label`;
 * switching re-applies them and fires `baogong:lang` on document so the scripts that build
 * text re-render theirs. This module loads the texts before its importers run.
 */

const LANGS = ['zh', 'en'];
/** The page's fonts (style.css), for the charts too: vega measures and draws its text in them, Chinese included. */
export const PAGE_FONT = '"Noto Sans SC", "DejaVu Sans", system-ui, sans-serif';
const STORAGE_KEY = 'baogong.lang';
const texts = {};
let current = 'en';

/** `zh`, `zh-CN`, `ZH_cn` → 'zh'; `en-GB` → 'en'; anything else → undefined. */
export function parseLang(value) {
  const base = String(value ?? '')
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return LANGS.includes(base) ? base : undefined;
}

/** The language to open in: the address's `?lang=`, then the stored choice, then the browser's. */
export function initialLang(search, stored, browserLang) {
  return (
    parseLang(new URLSearchParams(search).get('lang')) ??
    parseLang(stored) ??
    (parseLang(browserLang) === 'zh' ? 'zh' : 'en')
  );
}

/** `{{name}}` → params.name (left as written when not given); `$t(key)` → that key's text. */
export function fill(text, params, lookup) {
  return text
    .replace(/\$t\(([\w.-]+)\)/g, (_, key) => lookup(key))
    .replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name) => (params && name in params ? String(params[name]) : whole));
}

function find(catalogue, key) {
  let v = catalogue;
  for (const part of key.split('.')) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, part)) return undefined;
    v = v[part];
  }
  return typeof v === 'string' ? v : undefined;
}

export function lang() {
  return current;
}

/** The text of `key` (`page.…` or `domain.…`) in the page's language; the key itself when missing. */
export function t(key, params) {
  const text = find(texts[current], key);
  return text === undefined ? key : fill(text, params, (k) => t(k));
}

/** A domain word: `word('gasCategory', 'industrial')` → 工业 in Chinese; English shows the code as it always has. */
export function word(part, code) {
  if (current === 'en' || code === null || code === undefined) return code;
  return find(texts[current], `domain.${part}.${code}`) ?? code;
}

async function load(next) {
  if (texts[next]) return;
  const res = await fetch(`/v1/i18n/${next}`);
  if (!res.ok) throw new Error(`${res.status} /v1/i18n/${next}`);
  texts[next] = await res.json();
}

/** Puts each marked element's text (and title, placeholder, aria-label) in the page's language. */
export function applyTexts(root = document) {
  for (const e of root.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  for (const name of ['title', 'placeholder', 'aria-label'])
    for (const e of root.querySelectorAll(`[data-i18n-${name}]`))
      e.setAttribute(name, t(e.getAttribute(`data-i18n-${name}`)));
}

function markSwitch() {
  for (const b of document.querySelectorAll('#lang-switch [data-lang]'))
    b.setAttribute('aria-pressed', String(b.dataset.lang === current));
}

/** Switches the page to `next`: loads its texts, re-applies them and tells the page's scripts. */
export async function setLang(next, { remember = true } = {}) {
  const chosen = parseLang(next) ?? 'en';
  await load(chosen);
  current = chosen;
  document.documentElement.lang = chosen === 'zh' ? 'zh-CN' : 'en';
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, chosen);
    } catch {
      // storage may be refused (private mode); the choice then lasts this visit
    }
    const url = new URL(location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.set('lang', chosen);
      history.replaceState(history.state, '', url);
    }
  }
  applyTexts();
  markSwitch();
  document.dispatchEvent(new CustomEvent('baogong:lang', { detail: { lang: chosen } }));
}

function stored() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

for (const b of document.querySelectorAll('#lang-switch [data-lang]'))
  b.addEventListener('click', () => setLang(b.dataset.lang).catch((err) => console.error(err)));

try {
  await setLang(initialLang(location.search, stored(), navigator.language), { remember: false });
} catch (err) {
  // Without the texts the page keeps the English written in index.html.
  console.error(err);
}
