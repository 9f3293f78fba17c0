/**
 * A study file's mistakes come back by JSON path with how to fix them (STUDY_SCHEMA for the
 * file's own fields, STUDY_CHECK for what it names), in English and in Chinese; a city's
 * scenario is found by a path relative to the study or by a shipped scenario's id.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BaogongError, loadProvinceStudy, provinceSpec, say } from '../../engine/index.ts';

const DIR = new URL('../fixtures/province/', import.meta.url).pathname;
const base = () => JSON.parse(readFileSync(`${DIR}two-cities.json`, 'utf8'));

function problemsOf(study: unknown, dir = DIR): { code: string; problems: BaogongError['problems'] } {
  try {
    provinceSpec(study, dir);
  } catch (err) {
    if (err instanceof BaogongError) return { code: err.code, problems: err.problems };
    throw err;
  }
  throw new Error('the study was accepted');
}

describe('study file checks', () => {
  it('accepts the fixture and reads city names from the scenarios', () => {
    const spec = loadProvinceStudy(`${DIR}two-cities.json`);
    expect(spec.cities.map((c) => c.id)).toEqual(['a', 'b']);
    expect(spec.cities[0].scenario.id).toBe('city_a');
    expect(spec.cities[0].names.en).toMatch(/^City A/);
  });

  it('names an unknown city and how to fix it', () => {
    const s = base();
    s.shared.gasSupplyPoints[0].cities[1].city = 'c';
    const { code, problems } = problemsOf(s);
    expect(code).toBe('STUDY_CHECK');
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('shared.gasSupplyPoints[0].cities[1].city');
    expect(problems[0].message).toBe(
      'no city `c` in this study (its cities: `a`, `b`); add it under `cities` or fix the id',
    );
    expect(say('zh', problems[0])).toContain('本研究中没有城市 `c`');
  });

  it('names an unknown supply point or yard with what the city has', () => {
    const s = base();
    s.shared.gasSupplyPoints[0].cities[0].supplyPoint = 'gaet';
    s.shared.coalRoutes = [{ id: 'rail', cities: [{ city: 'b', yard: 'north' }] }];
    const { problems } = problemsOf(s);
    expect(problems.map((p) => p.path)).toEqual([
      'shared.gasSupplyPoints[0].cities[0].supplyPoint',
      'shared.coalRoutes[0].cities[0].yard',
    ]);
    expect(problems[0].message).toContain('has no gas supply point `gaet` (it has: `gate`)');
    expect(problems[1].message).toContain('city `b` (scenario `city_b`) has no yard `north` (it has: `y`)');
  });

  it('refuses a supply point on two shared items, a cut outside the season and a reversed range', () => {
    const s = base();
    s.shared.gasSupplyPoints.push({
      id: 'lng',
      cities: [{ city: 'a', supplyPoint: 'gate' }],
      disruptions: { minDays: 5, maxDays: 2 },
      scheduledCuts: [{ start: '2013-02-01', end: '2013-02-02' }],
    });
    const { problems } = problemsOf(s);
    expect(problems.map((p) => p.path)).toEqual([
      'shared.gasSupplyPoints[1].cities[0]',
      'shared.gasSupplyPoints[1].disruptions.maxDays',
      'shared.gasSupplyPoints[1].scheduledCuts[0]',
    ]);
    expect(problems[0].message).toContain('already fed by shared `trunk`');
    expect(problems[2].message).toContain("outside the province's season 2013-01-09..2013-01-11");
  });

  it('says a misspelt field with the closest known one (STUDY_SCHEMA)', () => {
    const s = base();
    s.citys = s.cities;
    delete s.cities;
    const { code, problems } = problemsOf(s);
    expect(code).toBe('STUDY_SCHEMA');
    expect(problems.map((p) => p.message).join('\n')).toMatch(/`citys`.*`cities`/);
  });

  it('names a scenario it cannot find, and finds a shipped one by id', () => {
    const s = base();
    s.cities[1].scenario = 'city-c.json';
    const { code, problems } = problemsOf(s);
    expect(code).toBe('STUDY_CHECK');
    expect(problems[0].path).toBe('cities[1].scenario');
    expect(problems[0].message).toContain('give a path relative to the study file');
    const shipped = { id: 'one', cities: [{ id: 'z', scenario: 'zhucheng' }] };
    expect(provinceSpec(shipped, DIR).cities[0].scenario.id).toBe('zhucheng');
  });

  it("puts a city scenario's own problems under its entry", () => {
    const dir = mkdtempSync(join(tmpdir(), 'baogong-study-'));
    const bad = JSON.parse(readFileSync(`${DIR}city-b.json`, 'utf8'));
    bad.sources[0].capacityMW = -1;
    writeFileSync(join(dir, 'city-b.json'), JSON.stringify(bad));
    const s = base();
    s.cities[0].scenario = join(DIR, 'city-a.json');
    const { code, problems } = problemsOf(s, dir);
    expect(code).toBe('SCENARIO_SCHEMA');
    expect(problems[0].path).toBe('cities[1].scenario → sources[0].capacityMW');
  });

  it('asks for a reference city whose weather is a series to draw from', () => {
    const s = base();
    s.shared.weather.referenceCity = 'b';
    const { problems } = problemsOf(s);
    expect(problems[0].path).toBe('shared.weather.referenceCity');
    expect(problems[0].message).toContain('has `constant` weather');
  });
});
