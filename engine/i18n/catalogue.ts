/**
 * The one catalogue of user-facing text, one part per concern and one file per language:
 * `en/<part>.ts` holds the English and `zh/<part>.ts` the Chinese, typed to mirror it. Texts
 * take `{{parameters}}`, filled by i18next (translate.ts).
 */
import * as en from './en/index.ts';
import * as zh from './zh/index.ts';
import type { Lang } from './lang.ts';
import type { Mirror } from './mirror.ts';

export type Catalogue = Mirror<typeof en>;

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { en, zh };

/** Every dotted key of a catalogue's leaves: `domain.gasCategory.residential`. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Catalogue>;
