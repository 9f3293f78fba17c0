/**
 * The starting points of `baogong init` (engine/cli/templates/*.json, read as data) for the
 * page. Their weather names `weather.csv`, the file `init` writes beside the scenario; the
 * server has no such file, so a template here reads the shipped Beijing series instead (the
 * same days: `init` cuts its weather.csv from that series).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const TEMPLATE_NAMES = ['blank', 'county', 'city'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

const TEMPLATE_DIR = fileURLToPath(new URL('../engine/cli/templates/', import.meta.url));
/** The shipped daily temperatures, relative to scenarios/. */
export const SHIPPED_WEATHER_FILE = 'data/beijing-daily-temperature-2010-2014.csv';

export const isTemplateName = (name: string): name is TemplateName =>
  (TEMPLATE_NAMES as readonly string[]).includes(name);

/** A template's scenario, its weather pointed at the shipped series. */
export function templateForServer(name: TemplateName): Record<string, unknown> {
  const s = JSON.parse(readFileSync(`${TEMPLATE_DIR}${name}.json`, 'utf8')) as Record<string, unknown>;
  const weather = s.weather as Record<string, unknown> | undefined;
  if (weather?.kind === 'csv' && weather.file === 'weather.csv') s.weather = { ...weather, file: SHIPPED_WEATHER_FILE };
  return s;
}

export interface TemplateEntry {
  readonly name: TemplateName;
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

export function listTemplates(): TemplateEntry[] {
  return TEMPLATE_NAMES.map((name) => {
    const s = templateForServer(name);
    return {
      name,
      id: String(s.id ?? ''),
      title: String(s.name ?? ''),
      description: String(s.description ?? ''),
    };
  });
}
