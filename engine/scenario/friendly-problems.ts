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
import { scenarioJsonSchema } from './json-schema.ts';

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
function nodeAt(path: readonly PropertyKey[], input: unknown): SchemaNode | undefined {
  let node: SchemaNode | undefined = schemaRoot(),
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

/** What a field takes, in a few words: `a number from 0 to 100000`, `one of a, b`. */
function takes(node: SchemaNode): string {
  if (node.enum) return `one of ${node.enum.map((e) => `\`${String(e)}\``).join(', ')}`;
  if (node.type === 'number' || node.type === 'integer') {
    const what = node.type === 'integer' ? 'a whole number' : 'a number';
    if (node.minimum !== undefined && node.maximum !== undefined)
      return `${what} from ${node.minimum} to ${node.maximum}`;
    if (node.minimum !== undefined) return `${what} of at least ${node.minimum}`;
    return what;
  }
  if (node.type === 'array') return 'a list';
  if (node.type === 'object' || node.anyOf || node.oneOf) return 'an object';
  return node.type ? `a ${node.type}` : 'a value';
}

function unknownKeys(issue: z.core.$ZodIssueUnrecognizedKeys, input: unknown): string {
  const node = nodeAt(issue.path, input);
  const known = Object.keys(node?.properties ?? {});
  const parts = issue.keys.map((k) => {
    const near = closestWord(
      k,
      known.filter((n) => !issue.keys.includes(n)),
    );
    return near ? `\`${k}\` (did you mean \`${near}\`?)` : `\`${k}\``;
  });
  const list = known.length > 0 ? `; the fields here are ${known.map((k) => `\`${k}\``).join(', ')}` : '';
  return `unknown field${issue.keys.length === 1 ? '' : 's'} ${parts.join(', ')}: fix the spelling or remove it${list}`;
}

function missingField(path: readonly PropertyKey[], input: unknown): string | undefined {
  const parent = valueAt(path.slice(0, -1), input);
  if (!parent.found || !isRecord(parent.value) || Object.hasOwn(parent.value, path.at(-1) as string)) return undefined;
  const node = nodeAt(path, input);
  const name = String(path.at(-1));
  if (!node) return `\`${name}\` is required here`;
  return `\`${name}\` is required here${node.description ? `: ${node.description}` : ''} (${takes(node)})`;
}

function badKind(
  issue: z.core.$ZodIssue & { options?: unknown[]; discriminator?: string },
  input: unknown,
): string | undefined {
  if (!issue.discriminator || !issue.options) return undefined;
  const options = issue.options.map(String);
  const given = valueAt(issue.path, input);
  const field = `\`${issue.discriminator}\``;
  if (!given.found) return `${field} is required here: one of ${options.map((o) => `\`${o}\``).join(', ')}`;
  const near = typeof given.value === 'string' ? closestWord(given.value, options) : undefined;
  return `${field} \`${String(given.value)}\` is not known${near ? `; did you mean \`${near}\`?` : ''} (one of ${options.map((o) => `\`${o}\``).join(', ')})`;
}

/** Every issue as a problem at its JSON path; `under` prefixes the paths of a section parsed on its own. */
export function friendlyProblems(error: z.ZodError, input: unknown, under: readonly PropertyKey[] = []): Problem[] {
  const whole = under.reduceRight<unknown>((inner, key) => ({ [key as string]: inner }), input);
  return error.issues.map((issue) => {
    const full = [...under, ...issue.path];
    const path = formatPath(full);
    if (issue.code === 'unrecognized_keys') return { path, message: unknownKeys({ ...issue, path: full }, whole) };
    if (issue.code === 'invalid_union')
      return { path, message: badKind({ ...issue, path: full } as never, whole) ?? issue.message };
    if (issue.code === 'invalid_type') return { path, message: missingField(full, whole) ?? issue.message };
    return { path, message: issue.message };
  });
}
