/**
 * Validation that reads like help: an unknown key names the closest known key, a missing
 * field says what it is, a misspelt kind names the closest kind, and a JSON syntax error
 * gives its line and column.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type BaogongError, checkScenario, parseScenarioJson } from '../../engine/index.ts';
import { closestWord, editDistance } from '../../engine/scenario/friendly-problems.ts';

const fixture = () => JSON.parse(readFileSync(new URL('../fixtures/one-day-coal.json', import.meta.url), 'utf8'));

function problems(edit: (s: any) => void): Array<{ path: string; message: string }> {
  const s = fixture();
  edit(s);
  const outcome = checkScenario(s);
  if (outcome.ok) throw new Error('expected problems');
  // the English as it reads (each problem's `text`, its catalogue key, is tested in test/i18n)
  return outcome.problems.map(({ path, message }) => ({ path, message }));
}

describe('edit distance and the closest word', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('capacityMw', 'capacityMW')).toBe(0); // case is not a slip worth counting
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('suggests only near words, and a unit left off', () => {
    expect(closestWord('capasityMW', ['capacityMW', 'minOutputMW'])).toBe('capacityMW');
    expect(closestWord('capacity', ['capacityMW', 'minOutputMW'])).toBe('capacityMW');
    expect(closestWord('colour', ['capacityMW', 'minOutputMW'])).toBeUndefined();
  });
});

describe('schema problems in plain words', () => {
  it('an unknown key: did you mean the closest field of that object?', () => {
    const p = problems((s) => {
      s.sources[0].capacityMw = s.sources[0].capacityMW;
      delete s.sources[0].capacityMW;
    });
    const unknown = p.find((x) => x.path === 'sources[0]')!;
    expect(unknown.message).toContain('`capacityMw` (did you mean `capacityMW`?)');
    // the fields of a coal boiler, not of every kind
    expect(unknown.message).toContain('`yard`');
    expect(unknown.message).not.toContain('`sinkTempC`');
  });

  it('an unknown key deep down and at the top', () => {
    expect(
      problems((s) => {
        s.yards[0].openingStock = 5;
      })[0],
    ).toEqual({ path: 'yards[0]', message: expect.stringContaining('did you mean `openingStockT`?') });
    expect(
      problems((s) => {
        s.horizn = {};
      })[0].message,
    ).toContain('did you mean `horizon`?');
    expect(
      problems((s) => {
        s.colour = 'red';
      })[0].message,
    ).not.toContain('did you mean');
  });

  it('a missing field says what it is, its unit and its range, not "received undefined"', () => {
    const p = problems((s) => {
      delete s.sources[0].capacityMW;
    });
    expect(p).toEqual([
      {
        path: 'sources[0].capacityMW',
        message: '`capacityMW` is required here: maximum heat output, MW (a number from 0 to 100000)',
      },
    ]);
    const w = problems((s) => {
      delete s.weather.designOutdoorTempC;
    });
    expect(w[0].message).toMatch(
      /^`designOutdoorTempC` is required here: outdoor design temperature for heating, °C \(GB 50736\)/,
    );
    expect(w[0].message).not.toContain('undefined');
  });

  it("a wrong type keeps zod's words", () => {
    expect(
      problems((s) => {
        s.sources[0].capacityMW = 'lots';
      })[0].message,
    ).toMatch(/expected number, received string/);
  });

  it('a misspelt kind names the closest kind', () => {
    const p = problems((s) => {
      s.sources[0].kind = 'coal-boilr';
    });
    expect(p[0].path).toBe('sources[0].kind');
    expect(p[0].message).toContain('did you mean `coal-boiler`?');
  });
});

describe('JSON syntax errors', () => {
  const error = (text: string) => {
    try {
      parseScenarioJson(text, 'my-city.json');
    } catch (err) {
      return err as BaogongError;
    }
    throw new Error('expected a syntax error');
  };
  it('give the line and column', () => {
    const e = error('{\n  "id": "x",\n  "zones": [1, 2,],\n}');
    expect(e.code).toBe('SCENARIO_JSON');
    expect(e.message).toMatch(/^my-city\.json:3:18: not valid JSON: Unexpected token .\]. at line 3, column 18$/);
    expect(e.problems[0].message).toContain('"zones": [1, 2,],');
  });
  it('an unfinished file points at its end', () => {
    const e = error('{\n  "id": "x",\n');
    expect(e.message).toMatch(/line 3, column 1$/);
    expect(error('{"id": "x"').message).toMatch(/line 1, column 11$/);
  });
});
