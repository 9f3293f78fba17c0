/**
 * A notebook's words in its report's language: its part of the catalogue's `reports` texts,
 * and figures as each language's reports write them (English 10³ m³ and M¥ as before; Chinese
 * 万 m³ and 万元, dates 2013年1月20日).
 */
import { formatDate, formatNumber, t, tryT, type Lang, type MessageParams } from '../../engine/index.ts';

export type Say = (key: string, params?: MessageParams) => string;

/** `say('intro', {...})` for `reports.<part>.intro` in `lang`. */
export function reportWords(lang: Lang, part: string): Say {
  return (key, params) => t(lang, `reports.${part}.${key}` as never, params);
}

/** A domain word (gas category, dispatch mode …) in Chinese; English keeps the key as the reports always printed it. */
export function domainWord(lang: Lang, group: string, key: string): string {
  return lang === 'en' ? key : (tryT(lang, `domain.${group}.${key}`) ?? key);
}

/** Gas in the report's unit: 10³ m³ in English, 万 m³ (one decimal) in Chinese. */
export function gasFigure(lang: Lang, m3: number): string {
  return lang === 'en' ? formatNumber('en', m3 / 1000) : formatNumber('zh', m3 / 1e4, 1);
}

/** The divisor of the report's gas unit (for chart values): 10³ in English, 10⁴ in Chinese. */
export const gasDivisor = (lang: Lang) => (lang === 'en' ? 1000 : 1e4);

/** Money in the report's unit: M¥ with one decimal in English, 万元 in Chinese. */
export function moneyFigure(lang: Lang, yuan: number): string {
  return lang === 'en' ? formatNumber('en', yuan / 1e6, 1) : formatNumber('zh', yuan / 1e4);
}

/** A date as a person reads it: ISO in English, 2013年1月20日 in Chinese. */
export const dateText = (lang: Lang, iso: string | null | undefined) => formatDate(lang, iso);
