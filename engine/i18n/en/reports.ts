/** The reports texts in English. */
export const reports = {} as const;
