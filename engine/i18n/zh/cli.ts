import type { cli as en } from '../en/cli.ts';
import type { Mirror } from '../mirror.ts';

/** The cli texts in Chinese. */
export const cli = {} as const satisfies Mirror<typeof en>;
