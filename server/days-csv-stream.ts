/**
 * The day table as CSV, streamed: a Readable that makes the rows a chunk of days at a time as
 * the client reads them, so a ten-year run never becomes one large string. The text is the
 * engine's `daysToCsv`, byte for byte (each chunk is `daysToCsv` of those days, its header
 * line kept only for the first).
 */
import { Readable } from 'node:stream';
import { daysToCsv, type RunResult } from '../engine/index.ts';

/** Days made into CSV at a time. */
export const DAYS_PER_CHUNK = 64;

export function daysCsvStream(result: RunResult, daysPerChunk = DAYS_PER_CHUNK): Readable {
  if (result.days.length === 0) return Readable.from([daysToCsv(result)]);
  function* chunks(): Generator<string> {
    for (let i = 0; i < result.days.length; i += daysPerChunk) {
      const text = daysToCsv({ ...result, days: result.days.slice(i, i + daysPerChunk) });
      yield i === 0 ? text : text.slice(text.indexOf('\n') + 1);
    }
  }
  return Readable.from(chunks());
}
