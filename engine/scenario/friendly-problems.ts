/**
 * zod's issues in a person's words. An unknown key gets the closest known key of its object
 * ("did you mean `capacityMW`?"), a missing field says what it is (its description, unit and
 * range) rather than "received undefined", a misspelt `kind` names the closest kind. The
 * known keys and descriptions come from the scenario's JSON Schema (engine/scenario/
 * json-schema.ts), walked along the issue's path; a union of kinds is resolved by the `kind`
 * the input gives at that point.
 */
import type { z } from 'zod';
import { formatPath, type Problem } from '../errors.ts';
import { type Message, message } from '../i18n/message.ts';
import { t } from '../i18n/translate.ts';
import { scenarioJsonSchema } from './json-schema.ts';
import { zodIssueText } from './zod-messages.ts';

/** A node of the generated JSON Schema, as far as the wording needs it. */
interface SchemaNode {
  readonly type?: string;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly anyOf?: readonly SchemaNode[];
  readonly oneOf?: readonly SchemaNode[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: unknown;
}

let root: SchemaNode | undefined;
const schemaRoot = (): SchemaNode => (root ??= scenarioJsonSchema() as SchemaNode);

/** Edit distance (insert, delete, substitute one character), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase(),
    t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[t.length];
}

/**
 * The known word closest to `word`, if it is close enough to be a slip: within a third of
 * its length (at least 2 edits), or the known word starts with it (a unit left off:
 * `capacity` → `capacityMW`).
 */
export function closestWord(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined,
    bestD = Infinity;
  for (const k of known) {
    const d = k.toLowerCase().startsWith(word.toLowerCase()) && word.length >= 3 ? 0.5 : editDistance(word, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The member of a union that the input's `kind` names (all members' keys merged when none does). */
function resolve(node: SchemaNode, value: unknown): SchemaNode {
  const members = node.anyOf ?? node.oneOf;
  if (!members) return node;
  const kind = isRecord(value) ? value.kind : undefined;
  const match = members.find((m) => m.properties?.kind?.const === kind);
  if (match) return match;
  return { properties: Object.assign({}, ...members.map((m) => m.properties ?? {})) };
}

/** The schema node at a path of the input, or undefined where the path leaves the schema. */
function nodeAt(path: readonly PropertyKey[], input: unknown, root: SchemaNode): SchemaNode | undefined {
  let node: SchemaNode | undefined = root,
    value = input;
  for (const key of path) {
    node = resolve(node, value);
    node = typeof key === 'number' ? node.items : node.properties?.[String(key)];
    value =
      isRecord(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[key as string] : undefined;
    if (!node) return undefined;
  }
  return resolve(node, value);
}

function valueAt(path: readonly PropertyKey[], input: unknown): { found: boolean; value: unknown } {
  let value = input;
  for (const key of path) {
    if (!isRecord(value) && !Array.isArray(value)) return { found: false, value: undefined };
    if (!Object.hasOwn(value, key as string)) return { found: false, value: undefined };
    value = (value as Record<PropertyKey, unknown>)[key as string];
  }
  return { found: true, value };
}

/** What a field takes, as a `problems.takes.*` key and its parameters: `a number from 0 to 100000`, `one of a, b`. */
function takes(node: SchemaNode): { takes: string; options?: string; min?: string; max?: string } {
  if (node.enum) return { takes: 'enum', options: node.enum.map((e) => `\`${String(e)}\``).join(', ') };
  if (node.type === 'number' || node.type === 'integer') {
    const what = node.type === 'integer' ? 'integer' : 'number';
    if (node.minimum !== undefined && node.maximum !== undefined)
      return { takes: `${what}Range`, min: String(node.minimum), max: String(node.maximum) };
    if (node.minimum !== undefined) return { takes: `${what}Min`, min: String(node.minimum) };
    return { takes: what };
  }
  if (node.type === 'array') return { takes: 'list' };
  if (node.type === 'object' || node.anyOf || node.oneOf) return { takes: 'object' };
  if (node.type === 'string' || node.type === 'boolean') return { takes: node.type };
  return { takes: 'value' };
}

type Said = { message: string; text: Message };

function unknownKeys(issue: z.core.$ZodIssueUnrecognizedKeys, input: unknown, root: SchemaNode): Said {
  const node = nodeAt(issue.path, input, root);
  const known = Object.keys(node?.properties ?? {});
  const fields = known.map((k) => `\`${k}\``).join(', ');
  const list = known.length > 0 ? 'List' : '';
  const nearOf = (k: string) =>
    closestWord(
      k,
      known.filter((n) => !issue.keys.includes(n)),
    );
  if (issue.keys.length === 1) {
    const [key] = issue.keys;
    const near = nearOf(key);
    return near
      ? message(`problems.schema.unknownFieldNear${list}`, { key, near, fields })
      : message(`problems.schema.unknownField${list}`, { key, fields });
  }
  // the English names the closest known key of each; the text lists the keys alone
  const parts = issue.keys.map((k) => {
    const near = nearOf(k);
    return near ? t('en', 'problems.schema.didYouMean', { key: k, near }) : `\`${k}\``;
  });
  const key = `problems.schema.unknownFields${list}` as const;
  return {
    message: t('en', key, { keys: parts.join(', '), fields }),
    text: { key, params: { keys: issue.keys.map((k) => `\`${k}\``).join(', '), fields } },
  };
}

function missingField(path: readonly PropertyKey[], input: unknown, root: SchemaNode): Said | undefined {
  const parent = valueAt(path.slice(0, -1), input);
  if (!parent.found || !isRecord(parent.value) || Object.hasOwn(parent.value, path.at(-1) as string)) return undefined;
  const node = nodeAt(path, input, root);
  const name = String(path.at(-1));
  if (!node) return message('problems.schema.requiredBare', { name });
  const params = { name, ...takes(node) };
  if (!node.description) return message('problems.schema.required', params);
  // the field's description is English only: the text says what the field takes, without it
  return {
    message: t('en', 'problems.schema.requiredDescribed', { ...params, description: node.description }),
    text: { key: 'problems.schema.required', params },
  };
}

function badKind(
  issue: z.core.$ZodIssue & { options?: unknown[]; discriminator?: string },
  input: unknown,
): Said | undefined {
  if (!issue.discriminator || !issue.options) return undefined;
  const options = issue.options.map(String);
  const given = valueAt(issue.path, input);
  const field = issue.discriminator;
  const listed = options.map((o) => `\`${o}\``).join(', ');
  if (!given.found) return message('problems.schema.kindMissing', { field, options: listed });
  const near = typeof given.value === 'string' ? closestWord(given.value, options) : undefined;
  const params = { field, given: String(given.value), options: listed };
  return near
    ? message('problems.schema.kindUnknownNear', { ...params, near })
    : message('problems.schema.kindUnknown', params);
}

/**
 * Every issue as a problem at its JSON path; `under` prefixes the paths of a section parsed on
 * its own; `jsonSchema` is the document's JSON Schema (default the scenario's; a study passes its own).
 */
export function friendlyProblems(
  error: z.ZodError,
  input: unknown,
  under: readonly PropertyKey[] = [],
  jsonSchema?: object,
): Problem[] {
  const root = (jsonSchema as SchemaNode | undefined) ?? schemaRoot();
  const whole = under.reduceRight<unknown>((inner, key) => ({ [key as string]: inner }), input);
  return error.issues.map((issue) => {
    const full = [...under, ...issue.path];
    const path = formatPath(full);
    if (issue.code === 'unrecognized_keys') return { path, ...unknownKeys({ ...issue, path: full }, whole, root) };
    if (issue.code === 'invalid_union')
      return { path, ...(badKind({ ...issue, path: full } as never, whole) ?? zodIssueText(issue)) };
    if (issue.code === 'invalid_type') return { path, ...(missingField(full, whole, root) ?? zodIssueText(issue)) };
    return { path, ...zodIssueText(issue) };
  });
}
