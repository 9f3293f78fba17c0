/**
 * Problems of an imported workbook in a person's words, each at its cell: zod issues of the
 * assembled scenario (`sources!E7: capacityMW must be ≥ 0 (got -5)`) and the cross-field
 * checks' problems, moved from their JSON path to the cell they came from.
 */
import type { z } from 'zod';
import type { Problem } from '../errors.ts';
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

function issueMessage(issue: z.core.$ZodIssue, field: string, got: unknown): string {
  const g = show(got);
  const why = isDefaultMessage(issue.message) ? '' : `; ${issue.message}`;
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array')
        return `${field} needs at least ${String(issue.minimum)} row${Number(issue.minimum) === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return `${field} must not be empty`;
      return `${field} must be ${issue.inclusive === false ? '>' : '≥'} ${String(issue.minimum)} (got ${g})${why}`;
    case 'too_big':
      if (issue.origin === 'array')
        return `${field} has more than ${String(issue.maximum)} rows; at most ${String(issue.maximum)}`;
      return `${field} must be ${issue.inclusive === false ? '<' : '≤'} ${String(issue.maximum)} (got ${g})${why}`;
    case 'invalid_type':
      if (got === undefined) return `${field} is required; fill the cell`;
      return `${field} must be ${issue.expected === 'number' ? 'a number' : issue.expected === 'string' ? 'text' : issue.expected} (got ${g})`;
    case 'invalid_value':
      return `${field} must be one of ${issue.values.map(String).join(', ')} (got ${g})`;
    case 'invalid_union':
      return `${field} must be one of the kinds in the drop-down list (got ${g})`;
    default:
      return `${field}: ${issue.message} (got ${g})`;
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
            message: `${key} is not a field ${typeof kind === 'string' ? `of a ${kind} ` : 'here'}${typeof kind === 'string' ? 'row' : ''}; leave the cell empty`,
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
    problems.push({ path: at, message: issueMessage(issue, fieldName(where, settings), valueAt(root, where)) });
  }
  return dedupe(problems);
}

/** The cross-field checks' problems (JSON paths) at their cells. */
export function checkProblems(found: readonly Problem[], cells: CellMap): Problem[] {
  return dedupe(found.map((p) => ({ path: cells.addressOf(parsePath(p.path)) || 'scenario', message: p.message })));
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
