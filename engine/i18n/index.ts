/** Languages, the catalogue and the formatting of figures by language. */
export { CATALOGUES, type Catalogue, type MessageKey } from './catalogue.ts';
export { displayUnit, formatDate, formatNumber, formatQuantity, type DisplayUnit, type Quantity } from './format.ts';
export { DEFAULT_LANG, LANGS, langFromAcceptLanguage, langFromEnv, parseLang, type Lang } from './lang.ts';
export { localizeError, runWarnings, type ErrorLike, type LocalizedError } from './localize.ts';
export { message, say, type Message } from './message.ts';
export { t, translator, tryT, type MessageParams } from './translate.ts';
