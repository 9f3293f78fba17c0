/** The page texts in English. */
export const page = {} as const;
