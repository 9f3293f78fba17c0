/**
 * Where the run store lives and who may read it. The file is `BAOGONG_DB` when set, else
 * `baogong.db` in `BAOGONG_DATA_DIR`, else in the repository's own `data/` folder, found from
 * this module's location, so the working directory `npm start` runs in does not matter.
 * The folder is created owner-only (0700); the database and its `-wal`/`-shm` files are made
 * owner-only (0600): the file is created so before SQLite opens it, and SQLite gives the WAL
 * and shared-memory files the database file's mode.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));
export const STORE_FILE_NAME = 'baogong.db';

/** The store file named by the environment (relative values against the working directory, as a shell user means them). */
export function storeFileFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BAOGONG_DB) return resolve(env.BAOGONG_DB);
  return join(env.BAOGONG_DATA_DIR ? resolve(env.BAOGONG_DATA_DIR) : DEFAULT_DATA_DIR, STORE_FILE_NAME);
}

/** Creates the folder (0700) and an empty database file (0600) when missing. */
export function prepareStoreFile(file: string): void {
  const dir = dirname(file);
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700); // the umask may have taken bits off; none to add, but say it plainly
  }
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
}

/** The database and its WAL and shared-memory files owner-only (an older file may have been made 0644). */
export function restrictStoreFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`])
    try {
      chmodSync(f, 0o600);
    } catch (err) {
      // gone, or on a read-only file system (the store then reports STORAGE_READ_ONLY)
      if (!['ENOENT', 'EROFS'].includes((err as NodeJS.ErrnoException).code ?? '')) throw err;
    }
}
