/**
 * The languages baogong speaks: Chinese (zh-CN, the users' own) and English. A person picks
 * one with `--lang` on the command line, `?lang=` or `Accept-Language` on the server, or the
 * page's switch; without a choice the CLI reads `LANG` and the server answers in English.
 */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The language when nothing chooses one. */
export const DEFAULT_LANG: Lang = 'en';

/** `zh`, `zh-CN`, `zh_CN.UTF-8`, `ZH` → 'zh'; `en…` → 'en'; anything else → undefined. */
export function parseLang(value: string | undefined | null): Lang | undefined {
  if (!value) return undefined;
  const base = value
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return (LANGS as readonly string[]).includes(base ?? '') ? (base as Lang) : undefined;
}

/** The language of a POSIX locale environment (`LC_ALL`, then `LC_MESSAGES`, then `LANG`); English when none names one. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return parseLang(value) ?? DEFAULT_LANG;
  }
  return DEFAULT_LANG;
}

/**
 * The best of our languages for an `Accept-Language` header (RFC 9110 §12.5.4: tags with
 * q-weights, the highest weight first, ties in the order written); undefined when it names none.
 */
export function langFromAcceptLanguage(header: string | undefined): Lang | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, order) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: parseLang(tag), weight: q === undefined ? 1 : Number(q.slice(2)), order };
    })
    .filter((x) => x.lang !== undefined && Number.isFinite(x.weight) && x.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  return ranked[0]?.lang;
}
