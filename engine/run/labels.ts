/**
 * The names people read in place of ids: a scenario's name in the language chosen, and a
 * source's, yard's, zone's or supply point's `name` when the scenario gives one (its id
 * otherwise). Carried in the result so charts and tables drawn from a stored run need no
 * scenario.
 */
import type { Lang } from '../i18n/lang.ts';
import type { Scenario } from '../scenario/schema.ts';

export interface RunLabels {
  /** The scenario's name in each language it has one (the `translations`, then `name`). */
  readonly scenario: Partial<Record<Lang, string>>;
  readonly sources: Readonly<Record<string, string>>;
  readonly yards: Readonly<Record<string, string>>;
  readonly zones: Readonly<Record<string, string>>;
  readonly supplyPoints: Readonly<Record<string, string>>;
}

const named = (items: ReadonlyArray<{ id: string; name?: string }>) =>
  Object.fromEntries(items.filter((x) => x.name).map((x) => [x.id, x.name as string]));

export function runLabels(s: Scenario): RunLabels {
  const scenario: Partial<Record<Lang, string>> = {};
  if (s.name) scenario.en = s.name;
  for (const lang of ['en', 'zh'] as const) {
    const name = s.translations?.[lang]?.name;
    if (name) scenario[lang] = name;
  }
  return {
    scenario,
    sources: named(s.sources),
    yards: named(s.yards),
    zones: named(s.zones),
    supplyPoints: named(s.gas.supplyPoints),
  };
}

type LabelKind = 'sources' | 'yards' | 'zones' | 'supplyPoints';

/** What a chart or table calls an item: its name when the run has one, its id otherwise (runs stored before names were kept have none). */
export function labelOf(r: { labels?: RunLabels }, kind: LabelKind, id: string): string {
  return r.labels?.[kind][id] ?? id;
}

/** The scenario's name in `lang`, else in the other language, else its id. */
export function scenarioTitle(r: { scenarioId: string; scenarioName: string; labels?: RunLabels }, lang: Lang): string {
  return r.labels?.scenario[lang] ?? r.scenarioName ?? r.labels?.scenario.zh ?? r.scenarioId;
}

/** The scenario's description in `lang`, else its own. */
export function scenarioDescription(s: Pick<Scenario, 'description' | 'translations'>, lang: Lang): string {
  return s.translations?.[lang]?.description ?? s.description;
}
