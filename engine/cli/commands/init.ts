/**
 * `baogong init <folder> [--template blank|county|city]`: a start for your own city. Writes
 * the template's scenario.json (naming the scenario.schema.json it writes beside it, so an
 * editor checks fields as they are typed), weather.csv (a week, or the 2012-13 season, of
 * Beijing's daily temperatures from the shipped series, with its attribution in the README)
 * and a README.md with the next three commands. Never overwrites: if any of the four files
 * exists, nothing is written and the error names it. The templates are engine/cli/templates/;
 * docs/your-city.md builds the county one step by step.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  SCENARIO_SCHEMA_FILE,
  SHIPPED_SCENARIOS_DIR,
  scenarioJsonSchemaText,
  t,
  validateScenario,
} from '../../index.ts';
import { choice, positionals, usageError, type Command } from '../command.ts';

export const TEMPLATES = ['blank', 'county', 'city'] as const;
export type TemplateName = (typeof TEMPLATES)[number];

const TEMPLATE_DIR = fileURLToPath(new URL('../templates/', import.meta.url));
const BEIJING_CSV = join(SHIPPED_SCENARIOS_DIR, 'data/beijing-daily-temperature-2010-2014.csv');

/** The days of weather each template gets: its horizon, with lead-in days before it and some after. */
const WEATHER_DAYS: Record<TemplateName, readonly [string, string]> = {
  blank: ['2013-01-08', '2013-01-14'],
  county: ['2012-11-01', '2013-03-31'],
  city: ['2012-11-01', '2013-03-31'],
};

/** A template's scenario as written, `$schema` first. */
export function templateScenario(name: TemplateName): Record<string, unknown> {
  const s = JSON.parse(readFileSync(join(TEMPLATE_DIR, `${name}.json`), 'utf8')) as Record<string, unknown>;
  return { $schema: `./${SCENARIO_SCHEMA_FILE}`, ...s };
}

/** Beijing's daily temperatures between two dates, as `date,t_mean_c,t_min_c,t_max_c`. */
export function templateWeatherCsv(name: TemplateName): string {
  const [from, to] = WEATHER_DAYS[name];
  const rows = readFileSync(BEIJING_CSV, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.slice(0, 10) >= from && line.slice(0, 10) <= to)
    .map((line) => line.split(',').slice(0, 4).join(','));
  return `date,t_mean_c,t_min_c,t_max_c\n${rows.join('\n')}\n`;
}

function readme(folder: string, name: TemplateName, scenario: Record<string, unknown>): string {
  const [from, to] = WEATHER_DAYS[name];
  return `# ${String(scenario.name)}

Written by \`baogong init ${folder} --template ${name}\`. The format of every field, with its
unit, default and range, is in docs/scenario-reference.md of baogong; the tutorial that builds
the county template step by step is docs/your-city.md.

| file | what it is |
|---|---|
| \`scenario.json\` | the scenario: edit it for your city |
| \`weather.csv\` | daily temperatures, \`date,t_mean_c,t_min_c,t_max_c\` (°C), one row a day: replace them with your city's |
| \`scenario.schema.json\` | the JSON Schema \`scenario.json\` names in \`$schema\`: an editor completes and checks fields as you type |

## Next

\`\`\`sh
npx baogong validate ${folder}/scenario.json               # every problem by JSON path, then plausibility warnings
npx baogong run ${folder}/scenario.json                    # the season as a table and its summary
npx baogong run ${folder}/scenario.json --out ${folder}/out    # result.json and days.csv to read or chart
\`\`\`

## Weather data

\`weather.csv\` holds ${from} to ${to} of the daily temperatures at Beijing Capital
International Airport, aggregated (mean, minimum, maximum) from the hourly \`TEMP\` readings
of the UCI Machine Learning Repository data set "Beijing PM2.5": Liang, X. et al. (2015),
*Assessing Beijing's PM2.5 pollution: severity, weather impact, APEC and winter heating*,
Proc. R. Soc. A 471: 20150257. Licence: CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/). Anyone who redistributes these rows must keep
this attribution with them.
`;
}

/** The files of a template, by name (what `init` writes). */
export function templateFiles(folder: string, name: TemplateName): Record<string, string> {
  const scenario = templateScenario(name);
  validateScenario(scenario); // a template that fails is a bug here, not the user's
  return {
    'scenario.json': `${JSON.stringify(scenario, null, 2)}\n`,
    'weather.csv': templateWeatherCsv(name),
    [SCENARIO_SCHEMA_FILE]: scenarioJsonSchemaText(),
    'README.md': readme(folder, name, scenario),
  };
}

export const initCommand: Command = {
  name: 'init',
  usage: `baogong init <folder> [--template ${TEMPLATES.join('|')}]`,
  description: t('en', 'cli.help.init.description'),
  options: { template: { type: 'string' } },
  optionHelp: {
    template: `the start: ${TEMPLATES.join(', ')} (blank: one zone and one boiler for a week; county and city: a whole season, the county one built step by step in docs/your-city.md) (default blank)`,
  },
  example: 'baogong init my-city --template county\nbaogong validate my-city/scenario.json',
  run(args, values, { lang }) {
    const [folder] = positionals(this, args, ['a folder']);
    const name = choice(this, 'template', values.template, TEMPLATES, 'blank')!;
    const files = templateFiles(folder, name);
    for (const file of Object.keys(files)) {
      const path = join(folder, file);
      if (existsSync(path)) usageError(['cli.init.exists', { path }]);
    }
    mkdirSync(folder, { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), text);
    const written = Object.keys(files).map((f) => join(folder, f));
    process.stdout.write(
      `${t(lang, 'cli.init.wrote', { files: written.join(lang === 'en' ? ', ' : '、'), template: name })}\n${t(lang, 'cli.init.next', { file: join(folder, 'scenario.json') })}\n`,
    );
  },
};
