/**
 * A catalogue shape with every text replaced by `string`: the Chinese catalogue of a part
 * `satisfies Mirror<typeof en>`, so a key in one language and not the other fails to compile
 * (test/i18n/catalogue-parity.test.ts also checks the keys and the `{{parameters}}` at run time).
 */
export type Mirror<T> = { readonly [K in keyof T]: T[K] extends string ? string : Mirror<T[K]> };
