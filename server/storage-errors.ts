/**
 * Storage that fails cleanly: the run store's state as a code (`STORAGE_READ_ONLY`,
 * `STORAGE_FULL`), known before an expensive solve where it can be (a write probe and the free
 * space left), and SQLite's and the file system's write errors mapped to the same codes
 * instead of `INTERNAL`.
 */
import { ApiError } from './errors.ts';

export type StorageProblem = 'STORAGE_READ_ONLY' | 'STORAGE_FULL';

const READ_ONLY = /^(SQLITE_READONLY|EROFS$)/;
const FULL = /^(SQLITE_FULL$|ENOSPC$|EDQUOT$)/;

/** The storage code of an error from better-sqlite3 (`SqliteError.code`) or node:fs, if it is one. */
export function storageProblemOf(err: unknown): StorageProblem | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (READ_ONLY.test(code)) return 'STORAGE_READ_ONLY';
  if (FULL.test(code)) return 'STORAGE_FULL';
  return undefined;
}

/** The answer for a storage problem; the underlying error goes to the log only. */
export function storageError(problem: StorageProblem, cause?: unknown): ApiError {
  return new ApiError(problem, cause === undefined ? {} : { cause: String((cause as Error).message ?? cause) });
}
