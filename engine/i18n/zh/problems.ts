import type { problems as en } from '../en/problems.ts';
import type { Mirror } from '../mirror.ts';

/** The problems texts in Chinese. */
export const problems = {} as const satisfies Mirror<typeof en>;
