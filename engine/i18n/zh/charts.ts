import type { charts as en } from '../en/charts.ts';
import type { Mirror } from '../mirror.ts';

/** The charts texts in Chinese. */
export const charts = {} as const satisfies Mirror<typeof en>;
