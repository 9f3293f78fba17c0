/** The problems texts in English. */
export const problems = {} as const;
