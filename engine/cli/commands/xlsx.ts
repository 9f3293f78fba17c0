/**
 * `baogong xlsx export <scenario.json> [-o city.xlsx]` and `baogong xlsx import <city.xlsx> [-o city.json]`:
 * a scenario as a workbook for people who keep their data in spreadsheets, and back. Export
 * writes the scenario as written (absent fields stay empty cells); import names every problem
 * by its cell (`sources!E7: …`) and writes nothing then.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { BaogongError, parseScenarioJson, scenarioFromXlsx, scenarioToXlsx, t, validateScenario } from '../../index.ts';
import { positionals, usageError, type Command } from '../command.ts';

function read(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    throw new BaogongError(
      'SCENARIO_FILE',
      `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
}

export const xlsxCommand: Command = {
  name: 'xlsx',
  usage: 'baogong xlsx export <scenario.json> [-o city.xlsx] | baogong xlsx import <city.xlsx> [-o city.json]',
  description: t('en', 'cli.help.xlsx.description'),
  options: { out: { type: 'string', short: 'o' } },
  optionHelp: {
    out: 'the file to write (default: export writes <scenario>.xlsx beside the JSON; import prints the JSON to stdout)',
  },
  example: 'baogong xlsx export scenarios/zhucheng.json -o city.xlsx\nbaogong xlsx import city.xlsx -o city.json',
  async run(args, values, { lang }) {
    const [action, file] = positionals(this, args, ['export or import', 'a file']);
    const out = typeof values.out === 'string' ? values.out : undefined;
    if (action === 'export') {
      const written = parseScenarioJson(read(file).toString('utf8'), file);
      validateScenario(written);
      const target = out ?? `${file.replace(/\.json$/i, '')}.xlsx`;
      writeFileSync(target, await scenarioToXlsx(written));
      process.stderr.write(`${t(lang, 'cli.run.wrote', { file: target })}\n`);
    } else if (action === 'import') {
      const scenario = await scenarioFromXlsx(read(file));
      const text = `${JSON.stringify(scenario, null, 2)}\n`;
      if (out === undefined) process.stdout.write(text);
      else {
        writeFileSync(out, text);
        process.stderr.write(`${t(lang, 'cli.run.wrote', { file: out })}\n`);
      }
    } else usageError(['xlsxAction', { got: String(action) }], this);
  },
};
