import type { reports as en } from '../en/reports.ts';
import type { Mirror } from '../mirror.ts';

/** The reports texts in Chinese. */
export const reports = {} as const satisfies Mirror<typeof en>;
