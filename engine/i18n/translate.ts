/**
 * Looking a text up in the catalogue and filling its `{{parameters}}`, by i18next (one
 * instance per language, made on first use, synchronous). A missing key is a bug the
 * parity test catches, so lookups never fall back to the other language.
 */
import i18next, { type i18n } from 'i18next';
import { CATALOGUES, type MessageKey } from './catalogue.ts';
import type { Lang } from './lang.ts';

export type MessageParams = Readonly<Record<string, string | number>>;

const instances = new Map<Lang, i18n>();

function instance(lang: Lang): i18n {
  let inst = instances.get(lang);
  if (!inst) {
    inst = i18next.createInstance();
    void inst.init({
      lng: lang,
      fallbackLng: false,
      initAsync: false,
      resources: { [lang]: { translation: CATALOGUES[lang] } },
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    instances.set(lang, inst);
  }
  return inst;
}

/** The text of `key` in `lang`, with its parameters filled. */
export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return instance(lang).t(key, params as Record<string, unknown>) as string;
}

/** `t` bound to one language, for code that writes many texts. */
export function translator(lang: Lang): (key: MessageKey, params?: MessageParams) => string {
  return (key, params) => t(lang, key, params);
}

/** A text that may not be in the catalogue (a key built at run time): its text, or undefined. */
export function tryT(lang: Lang, key: string, params?: MessageParams): string | undefined {
  const inst = instance(lang);
  return inst.exists(key) ? (inst.t(key, params as Record<string, unknown>) as string) : undefined;
}
