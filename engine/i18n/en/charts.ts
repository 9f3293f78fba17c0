/** The charts texts in English. */
export const charts = {} as const;
