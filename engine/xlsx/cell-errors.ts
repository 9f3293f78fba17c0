/**
 * Problems of an imported workbook in a person's words, each at its cell: zod issues of the
 * assembled scenario (`sources!E7: capacityMW must be ≥ 0 (got -5)`) and the cross-field
 * checks' problems, moved from their JSON path to the cell they came from.
 */
import type { z } from 'zod';
import type { Problem } from '../errors.ts';
import { type Message, message } from '../i18n/message.ts';
import { t } from '../i18n/translate.ts';
import { zodIssueText } from '../scenario/zod-messages.ts';
import { type CellMap, parsePath, type PathKey } from './cell-map.ts';
import { getPath } from './json-paths.ts';

const show = (v: unknown) =>
  typeof v === 'string'
    ? JSON.stringify(v)
    : v === undefined
      ? 'nothing'
      : typeof v === 'object'
        ? JSON.stringify(v).slice(0, 60)
        : String(v);
const isDefaultMessage = (m: string) => /^(Too (small|big)|Invalid input)/.test(m);

function valueAt(root: unknown, keys: readonly PathKey[]): unknown {
  let v = root;
  for (const k of keys) v = v !== null && typeof v === 'object' ? (v as Record<PathKey, unknown>)[k] : undefined;
  return v;
}

/** The field a message names: the last key of its path (the whole path on the scenario sheet's settings). */
function fieldName(keys: readonly PathKey[], settings: ReadonlySet<string>): string {
  const dotted = keys.filter((k) => typeof k === 'string').join('.');
  if (settings.has(dotted)) return dotted;
  return String([...keys].reverse().find((k) => typeof k === 'string') ?? 'value');
}

type Said = { message: string; text: Message };

/** A schema's own message of the issue (`at most 1e+5 MW …`) as a key nested in a cell's message, or undefined for zod's defaults. */
function why(
  issue: z.core.$ZodIssue,
): { nested: string; params: Readonly<Record<string, string | number>> } | undefined {
  if (isDefaultMessage(issue.message)) return undefined;
  const own = zodIssueText(issue);
  return { nested: own.text.key, params: own.text.params ?? {} };
}

function bound(issue: z.core.$ZodIssue, field: string, op: string, limit: string, got: string): Said {
  const base = { field, op, limit, got };
  const w = why(issue);
  if (!w) return message('problems.xlsx.bound', base);
  const text: Message = { key: 'problems.xlsx.boundWhy', params: { ...w.params, ...base, nested: w.nested } };
  return { message: `${t('en', 'problems.xlsx.bound', base)}; ${issue.message}`, text };
}

function issueMessage(issue: z.core.$ZodIssue, field: string, got: unknown): Said {
  const g = show(got);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array')
        return message(Number(issue.minimum) === 1 ? 'problems.xlsx.needsRow' : 'problems.xlsx.needsRows', {
          field,
          min: String(issue.minimum),
        });
      if (issue.origin === 'string') return message('problems.xlsx.notEmpty', { field });
      return bound(issue, field, issue.inclusive === false ? '>' : '≥', String(issue.minimum), g);
    case 'too_big':
      if (issue.origin === 'array') return message('problems.xlsx.tooManyRows', { field, max: String(issue.maximum) });
      return bound(issue, field, issue.inclusive === false ? '<' : '≤', String(issue.maximum), g);
    case 'invalid_type':
      if (got === undefined) return message('problems.xlsx.required', { field });
      if (issue.expected === 'number') return message('problems.xlsx.mustBeNumber', { field, got: g });
      if (issue.expected === 'string') return message('problems.xlsx.mustBeText', { field, got: g });
      return message('problems.xlsx.mustBeType', { field, expected: String(issue.expected), got: g });
    case 'invalid_value':
      return message('problems.xlsx.oneOf', { field, options: issue.values.map(String).join(', '), got: g });
    case 'invalid_union':
      return message('problems.xlsx.kindList', { field, got: g });
    default: {
      const own = zodIssueText(issue);
      return {
        message: `${field}: ${issue.message} (got ${g})`,
        text: { key: 'problems.xlsx.other', params: { ...own.text.params, field, got: g, nested: own.text.key } },
      };
    }
  }
}

/** zod issues of the assembled scenario, at their cells; issues at a cell already reported (`skip`) are left out. */
export function schemaProblems(
  error: z.ZodError,
  root: unknown,
  cells: CellMap,
  settings: ReadonlySet<string>,
  skip: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const keys = issue.path.filter((k): k is PathKey => typeof k === 'string' || typeof k === 'number');
    if (issue.code === 'unrecognized_keys') {
      const kind = getPath(valueAt(root, keys), 'kind');
      for (const key of issue.keys) {
        const at = cells.addressOf([...keys, key]) || 'scenario';
        if (!skip.has(at))
          problems.push({
            path: at,
            ...(typeof kind === 'string'
              ? message('problems.xlsx.notAFieldOf', { key, kind })
              : message('problems.xlsx.notAFieldHere', { key })),
          });
      }
      continue;
    }
    const where =
      issue.code === 'invalid_union' && 'discriminator' in issue && typeof issue.discriminator === 'string'
        ? [...keys, issue.discriminator]
        : keys;
    const at = cells.addressOf(where) || 'scenario';
    if (skip.has(at)) continue;
    problems.push({ path: at, ...issueMessage(issue, fieldName(where, settings), valueAt(root, where)) });
  }
  return dedupe(problems);
}

/** The cross-field checks' problems (JSON paths) at their cells. */
export function checkProblems(found: readonly Problem[], cells: CellMap): Problem[] {
  return dedupe(found.map((p) => ({ ...p, path: cells.addressOf(parsePath(p.path)) || 'scenario' })));
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\n${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
