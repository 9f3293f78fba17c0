/**
 * What the scenario schema says about one field, read from the zod schema itself so that the
 * workbook's headers, units, drop-down lists and defaults never drift from it: its kind of
 * cell (number, integer, text, date, enum, boolean), the allowed values of an enum, the unit
 * (from the end of the field's description, as engine/scenario/schema.ts writes them), the
 * description and the default.
 */
import { scenarioSchema } from '../scenario/schema.ts';

export type CellKind = 'number' | 'integer' | 'text' | 'date' | 'enum' | 'boolean';

export interface FieldInfo {
  readonly kind: CellKind;
  /** Allowed values of an enum (or of a union's discriminator). */
  readonly options?: readonly string[];
  /** Unit for the header, e.g. `MW`, `t/day`, `°C`, `0–1`, `YYYY-MM-DD`; '' when none. */
  readonly unit: string;
  readonly description: string;
  /** The schema's default, when it is a plain value. */
  readonly defaultValue?: string | number | boolean;
}

// zod 4 keeps its structure in `_zod.def`; only the few node types the scenario uses are walked.
// zod 4 keeps a schema's definition in `_zod.def`, whose shape depends on the schema's type
// biome-ignore lint/suspicious/noExplicitAny: read field by field below, per type
type Node = { _zod: { def: Record<string, any> }; description?: string };
const def = (n: Node) => n._zod.def;

/** Unwraps default/prefault/optional wrappers, collecting the description and default met on the way. */
function unwrap(node: Node): { node: Node; description: string; defaultValue: unknown } {
  let description = node.description ?? '';
  let defaultValue: unknown;
  let n = node;
  for (;;) {
    const t = def(n).type;
    if (t === 'default' || t === 'prefault') {
      if (defaultValue === undefined) defaultValue = def(n).defaultValue;
    } else if (t !== 'optional' && t !== 'nullable') break;
    n = def(n).innerType as Node;
    if (!description && n.description) description = n.description;
  }
  return { node: n, description, defaultValue };
}

/** The schema node at a path pattern (`sources[].capacityMW`, `gas.storage.maxInventoryM3`), every union option searched. */
function nodesAt(pattern: string): Array<{ node: Node; description: string; defaultValue: unknown }> {
  let current = [{ node: scenarioSchema as unknown as Node, description: '', defaultValue: undefined as unknown }];
  for (const raw of pattern.split('.')) {
    const arrays = raw.match(/\[\]/g)?.length ?? 0;
    const key = raw.replace(/\[\]/g, '');
    const next: typeof current = [];
    for (const c of current) {
      for (const option of alternatives(unwrap(c.node).node)) {
        const shape = def(option).shape as Record<string, Node> | undefined;
        if (key !== '' && !(shape && key in shape)) continue;
        let hit = key === '' ? unwrap(option) : unwrap(shape![key]);
        for (let i = 0; i < arrays; i++) {
          const element = def(hit.node).element as Node;
          const inner = unwrap(element);
          hit = {
            node: inner.node,
            description: inner.description || hit.description,
            defaultValue: inner.defaultValue,
          };
        }
        next.push(hit);
      }
    }
    current = next;
  }
  return current;
}

function alternatives(node: Node): Node[] {
  return def(node).type === 'union' ? (def(node).options as Node[]).map((o) => unwrap(o).node) : [node];
}

/** The unit written after ", " in a description (`maximum heat output, MW` → `MW`), or ''. */
export function unitFromDescription(description: string): string {
  for (const m of description.matchAll(/, ([^\s,()]+)(?=\s*\(|;|$)/g))
    if (/[A-Za-z°¥²³%]/.test(m[1]) && !/^[a-z]{4,}$/.test(m[1])) return m[1];
  return '';
}

/** The schema's ISO-date pattern, as written in engine/scenario/schema.ts. */
const ISO_DATE = /\\d\{4\}-\\d\{2\}-\\d\{2\}/;

function kindOf(node: Node): { kind: CellKind; options?: string[] } {
  const d = def(node);
  switch (d.type) {
    case 'number':
      return { kind: (node as unknown as { isInt: boolean }).isInt ? 'integer' : 'number' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'enum', options: Object.values(d.entries as Record<string, string>) };
    case 'literal':
      return { kind: 'enum', options: (d.values as unknown[]).map(String) };
    case 'string': {
      const checks = (d.checks ?? []) as Node[];
      return { kind: checks.some((c) => ISO_DATE.test(String(def(c).pattern ?? ''))) ? 'date' : 'text' };
    }
    default:
      throw new Error(`xlsx: no cell kind for schema type ${d.type}`);
  }
}

/** The description of any node, arrays and objects included (a list sheet's note). */
export function descriptionOf(pattern: string): string {
  return nodesAt(pattern).find((h) => h.description)?.description ?? '';
}

const memo = new Map<string, FieldInfo>();

/** The field at a path pattern; merges union options (a source's `kind` lists every kind). */
export function fieldInfo(pattern: string): FieldInfo {
  const known = memo.get(pattern);
  if (known) return known;
  const hits = nodesAt(pattern);
  if (hits.length === 0) throw new Error(`xlsx: the scenario schema has no field ${pattern}`);
  const kinds = hits.map((h) => kindOf(h.node));
  const options = kinds.some((k) => k.options) ? [...new Set(kinds.flatMap((k) => k.options ?? []))] : undefined;
  const kind = kinds[0].kind;
  const description = hits.find((h) => h.description)?.description ?? '';
  const name = pattern.slice(pattern.lastIndexOf('.') + 1).replace(/\[\]$/, '');
  let unit = unitFromDescription(description);
  if (!unit && kind === 'date') unit = 'YYYY-MM-DD';
  if (!unit && (kind === 'number' || kind === 'integer'))
    unit = /Fraction$/.test(name) ? '0–1' : name === 'hours' ? 'h' : /C$/.test(name) ? '°C' : '';
  const dv = hits[0].defaultValue;
  const info: FieldInfo = {
    kind,
    ...(options ? { options } : {}),
    unit,
    description,
    ...(typeof dv === 'string' || typeof dv === 'number' || typeof dv === 'boolean' ? { defaultValue: dv } : {}),
  };
  memo.set(pattern, info);
  return info;
}
