import type { errors as en } from '../en/errors.ts';
import type { Mirror } from '../mirror.ts';

/** The errors texts in Chinese. */
export const errors = {} as const satisfies Mirror<typeof en>;
