/** The cli texts in English. */
export const cli = {} as const;
