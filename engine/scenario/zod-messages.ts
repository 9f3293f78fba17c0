/**
 * zod's own wording of an issue (its default English, or a message the schema gives, such as
 * `use an ISO date, YYYY-MM-DD`) as a catalogue key and parameters, so it can be said in
 * Chinese. The English stays zod's to the letter: a key is used only when its English text
 * gives back exactly the issue's message; anything else is carried whole (`problems.zod.other`).
 */
import type { z } from 'zod';
import { type Message, message } from '../i18n/message.ts';
import type { MessageParams } from '../i18n/translate.ts';
import { UNIT_LIMITS } from './schema-primitives.ts';

type Key = Message['key'];

/** Each unit of UNIT_LIMITS under a name a catalogue key can hold (`problems.unitWhy.*`). */
const UNIT_KEYS: Readonly<Record<string, string>> = {
  '°C': 'degC',
  'm²': 'm2',
  MW: 'MW',
  MWh: 'MWh',
  'MWh/MWh': 'MWhPerMWh',
  '¥/MWh': 'yuanPerMWh',
  t: 't',
  '¥/t': 'yuanPerT',
  't/day': 'tPerDay',
  'm³/day': 'm3PerDay',
  'm³': 'm3',
  '¥/m³': 'yuanPerM3',
  'm³/K/day': 'm3PerKDay',
};

const FIXED: Readonly<Record<string, Key>> = {
  'use an ISO date, YYYY-MM-DD': 'problems.zod.isoDate',
  'not a calendar date': 'problems.zod.calendarDate',
  'ids start with a letter and use letters, digits and _ (at most 40)': 'problems.zod.idPattern',
  'Invalid input': 'problems.zod.invalid',
};

const TYPE_NAMES = new Set(['string', 'number', 'boolean', 'object', 'array', 'null', 'undefined', 'NaN', 'date']);

function unitLimit(text: string): [Key, MessageParams] | undefined {
  const m = /^at most (\S+) (.+?) \((.*)\); check the number and its unit$/.exec(text);
  if (!m) return undefined;
  const unitKey = UNIT_KEYS[m[2]];
  if (!unitKey || UNIT_LIMITS[m[2]]?.why !== m[3]) return undefined;
  return ['problems.zod.unitLimit', { max: m[1], unit: m[2], unitKey }];
}

/** The key and parameters that should give back zod's default English for this issue. */
function guess(issue: z.core.$ZodIssue): [Key, MessageParams] | undefined {
  const fixed = FIXED[issue.message];
  if (fixed) return [fixed, {}];
  const limit = unitLimit(issue.message);
  if (limit) return limit;
  switch (issue.code) {
    case 'invalid_type': {
      const m = /^Invalid input: expected (\S+), received (\S+)$/.exec(issue.message);
      if (!m) return undefined;
      const named = TYPE_NAMES.has(m[1]) && TYPE_NAMES.has(m[2]);
      return [named ? 'problems.zod.invalidTypeNamed' : 'problems.zod.invalidType', { expected: m[1], received: m[2] }];
    }
    case 'invalid_value': {
      const many = /^Invalid option: expected one of (.*)$/s.exec(issue.message);
      if (many) return ['problems.zod.invalidOption', { values: many[1] }];
      const one = /^Invalid input: expected (.*)$/s.exec(issue.message);
      return one ? ['problems.zod.invalidLiteral', { value: one[1] }] : undefined;
    }
    case 'too_small':
    case 'too_big': {
      const m = /^Too (?:small|big): expected (number|string|array) to (?:be|have) (>=|>|<=|<)(\S+)/.exec(
        issue.message,
      );
      if (!m) return undefined;
      const size = issue.code === 'too_small' ? 'Small' : 'Big';
      const origin = m[1] === 'number' ? 'Number' : m[1] === 'string' ? 'String' : 'Array';
      return [`problems.zod.too${size}${origin}` as Key, { op: m[2], limit: m[3] }];
    }
    default:
      return undefined;
  }
}

/** An issue's message (zod's English, unchanged) and the same as a catalogue key. */
export function zodIssueText(issue: z.core.$ZodIssue): { message: string; text: Message } {
  const found = guess(issue);
  if (found) {
    const said = message(found[0], found[1]);
    if (said.message === issue.message) return said;
  }
  return { message: issue.message, text: { key: 'problems.zod.other', params: { detail: issue.message } } };
}
