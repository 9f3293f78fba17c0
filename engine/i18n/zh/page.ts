import type { page as en } from '../en/page.ts';
import type { Mirror } from '../mirror.ts';

/** The page texts in Chinese. */
export const page = {} as const satisfies Mirror<typeof en>;
