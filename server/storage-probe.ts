/**
 * Could a run be stored now? Asked before a solve (so a read-only or full store answers at
 * once, not after the solve) and by /healthz. Cheap: no page is written.
 *
 * - read-only: the connection was opened read-only (SQLite falls back to that when the file
 *   cannot be opened for writing), the file or its folder cannot be written (`access(W_OK)`,
 *   which reports a read-only mount even to root), or SQLite refuses a write lock
 *   (`BEGIN IMMEDIATE`);
 * - full: less free space on the store's file system than `minFreeBytes` (`statfs`), or the
 *   database too near its `max_page_count` to take as much.
 */
import { accessSync, constants, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { type StorageProblem, storageProblemOf } from './storage-errors.ts';

/** Free space under which a run is not started: a season's result is about 0.5 MB, its WAL as much again. */
export const DEFAULT_MIN_FREE_BYTES = 16 * 1024 * 1024;

function fileProblem(file: string, minFreeBytes: number): StorageProblem | null {
  try {
    accessSync(file, constants.W_OK);
    accessSync(dirname(file), constants.W_OK);
  } catch (err) {
    return storageProblemOf(err) ?? 'STORAGE_READ_ONLY';
  }
  const fs = statfsSync(dirname(file));
  return fs.bavail * fs.bsize < minFreeBytes ? 'STORAGE_FULL' : null;
}

function sqliteProblem(db: Database.Database, minFreeBytes: number): StorageProblem | null {
  if (db.readonly) return 'STORAGE_READ_ONLY';
  if (db.inTransaction) return null;
  try {
    db.exec('BEGIN IMMEDIATE; ROLLBACK');
  } catch (err) {
    return storageProblemOf(err) ?? null;
  }
  const pages = db.pragma('page_count', { simple: true }) as number;
  const max = db.pragma('max_page_count', { simple: true }) as number;
  const free = db.pragma('freelist_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  return (max - pages + free) * pageSize < minFreeBytes ? 'STORAGE_FULL' : null;
}

export function storageProblem(
  db: Database.Database,
  file: string,
  minFreeBytes = DEFAULT_MIN_FREE_BYTES,
): StorageProblem | null {
  return sqliteProblem(db, minFreeBytes) ?? (file === ':memory:' ? null : fileProblem(file, minFreeBytes));
}
