/**
 * The weather readers' errors (engine/weather: a CSV that is malformed or does not cover the
 * horizon, a cold wave outside the series) as catalogue keys, so a `WEATHER_DATA` error can be
 * said in Chinese. The readers throw plain English errors; each known form is matched here and
 * used only when the catalogue's English gives back the message exactly, otherwise the message
 * is carried whole (`problems.weather.other`). The English never changes.
 */
import { type Message, message } from '../i18n/message.ts';
import type { MessageParams } from '../i18n/translate.ts';

type Key = Message['key'];

/** Known forms, most specific first: a pattern and the names of its groups. */
const FORMS: ReadonlyArray<readonly [RegExp, Key, readonly string[]]> = [
  [
    /^(.*): weather series does not cover the horizon (\S+)\.\.(\S+); first missing date is (\S+)$/s,
    'problems.weather.notCovered',
    ['source', 'start', 'end', 'date'],
  ],
  [/^(.*): date (\S+) appears more than once$/s, 'problems.weather.duplicateDate', ['source', 'date']],
  [/^(.*): horizon end (\S+) is before start (\S+)$/s, 'problems.weather.horizonReversed', ['source', 'end', 'start']],
  [/^(.*): empty file, expected header (\S+)$/s, 'problems.weather.emptyFile', ['source', 'header']],
  [
    /^(.*): header must be "(.*)" \(optionally followed by ",hours"\) or "(.*)" for hourly readings, got "(.*)"$/s,
    'problems.weather.badHeader',
    ['source', 'expected', 'hourly', 'got'],
  ],
  [/^(.*) column "(.*)": invalid date "(.*)"$/s, 'problems.weather.invalidDate', ['source', 'column', 'date']],
  [
    /^(.*) column "(.*)": date (\S+) is not after the previous row's (\S+)$/s,
    'problems.weather.notAfter',
    ['source', 'column', 'date', 'prev'],
  ],
  [/^(.*) column "(.*)": not a number: "(.*)"$/s, 'problems.weather.notNumber', ['source', 'column', 'raw']],
  [
    /^(.*) column "(.*)": must be an integer 1\.\.24, got (.*)$/s,
    'problems.weather.hours',
    ['source', 'column', 'got'],
  ],
  [
    /^(.*) column "(.*)": minimum (\S+) exceeds mean (\S+)$/s,
    'problems.weather.minAboveMean',
    ['source', 'column', 'min', 'mean'],
  ],
  [
    /^(.*) column "(.*)": maximum (\S+) is below mean (\S+)$/s,
    'problems.weather.maxBelowMean',
    ['source', 'column', 'max', 'mean'],
  ],
  [
    /^(.*) column "(.*)": must be a whole hour 0\.\.23, got "(.*)"$/s,
    'problems.weather.hourRange',
    ['source', 'column', 'got'],
  ],
  [
    /^(.*) column "(.*)": hour (\d+) of (\S+) is missing; an hourly file needs all 24 hours \(0\.\.23\) of every day, in order$/s,
    'problems.weather.hourMissing',
    ['source', 'column', 'hour', 'date'],
  ],
  [
    /^(.*) column "(.*)": hour (\d+) of (\S+) appears more than once$/s,
    'problems.weather.hourDuplicate',
    ['source', 'column', 'hour', 'date'],
  ],
  [
    /^(.*) column "(.*)": hour (\d+) of (\S+) comes after hour (\d+); give each day's hours in order 0\.\.23$/s,
    'problems.weather.hourOrder',
    ['source', 'column', 'hour', 'date', 'prev'],
  ],
  [
    /^injectColdWave: start (\S+) is outside the series \((.*)\)$/s,
    'problems.weather.coldWaveOutside',
    ['start', 'span'],
  ],
  [
    /^injectColdWave: start (\S+) is the first day of the series; a drop needs a preceding day$/s,
    'problems.weather.coldWaveFirstDay',
    ['start'],
  ],
];

/** A weather reader's error message, unchanged, with its catalogue key. */
export function weatherErrorText(said: string): { message: string; text: Message } {
  for (const [pattern, key, names] of FORMS) {
    const m = pattern.exec(said);
    if (!m) continue;
    const params: MessageParams = Object.fromEntries(names.map((name, i) => [name, m[i + 1]]));
    const out = message(key, params);
    if (out.message === said) return out;
  }
  // a malformed CSV: the parser's own words stay in the English
  const malformed = /^(.*?): malformed CSV: /s.exec(said);
  if (malformed)
    return { message: said, text: { key: 'problems.weather.malformed', params: { source: malformed[1] } } };
  return { message: said, text: { key: 'problems.weather.other', params: { detail: said } } };
}
