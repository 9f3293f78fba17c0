/**
 * `POST /v1/studies` with `kind: "province"`: a shipped study (server/study-library.ts) named
 * by id, made into what the queue's province kind prepares (`{ spec, options }`,
 * engine/queue/province-study.ts). No study JSON comes from the client, and every file the
 * study reads must lie in the scenarios folder, links followed (the rule of weather files,
 * server/weather-check.ts):
 *
 * - a city's scenario named as a path (`../zhucheng.json`, relative to scenarios/studies/)
 *   must be a regular file inside the scenarios folder (FILE_NOT_ALLOWED);
 * - a city's scenario named by id must be in the server's scenario library (SCENARIO_NOT_FOUND);
 *   it is read from there, not from the engine's shipped folder;
 * - each city's CSV weather must lie inside the scenarios folder too (FILE_NOT_ALLOWED).
 *
 * Errors name the field under `study.` (the study's own JSON path) and say paths relative to
 * the scenarios folder.
 */
import { relative, resolve, sep } from 'node:path';
import { BaogongError, type ProvinceOptions, type ProvinceSpec, message, provinceSpec } from '../engine/index.ts';
import { ApiError } from './errors.ts';
import type { Library } from './library.ts';
import type { StudyLibrary, StudyLibraryEntry } from './study-library.ts';
import { checkFileInside, checkWeatherFile, clientError } from './weather-check.ts';

/** The province part of a study request (the schema's `kind: "province"` branch). */
export interface ProvinceRequest {
  readonly study: string;
  readonly runs: number;
  readonly seed: number;
  readonly mode?: ProvinceOptions['mode'];
  readonly solver?: ProvinceOptions['solver'];
}

/** What the queue's province kind prepares: the checked study, scenarios inline, and its options. */
export interface ProvinceInput {
  readonly spec: ProvinceSpec;
  readonly options: { runs: number; seed: number; mode?: ProvinceOptions['mode']; solver?: ProvinceOptions['solver'] };
}

/** As engine/province/load.ts tells a path from an id. */
const isPath = (ref: string) => ref.includes('/') || ref.includes('\\') || ref.endsWith('.json');

export function libraryStudy(studies: StudyLibrary, id: string): StudyLibraryEntry {
  const entry = studies.get(id);
  if (!entry) {
    const known = studies
      .list()
      .map((e) => `\`${e.id}\``)
      .join(', ');
    throw new ApiError('LIBRARY_STUDY_NOT_FOUND', {
      ...message('errors.studies.libraryNotFound', { id, known: known || '—' }),
      path: 'study',
    });
  }
  return entry;
}

/** The study's cities with each scenario named as a path checked to lie in the library folder. */
function checkedCities(entry: StudyLibraryEntry, library: Library, studiesDir: string): unknown[] {
  const cities = entry.study.cities as unknown[];
  return cities.map((city, i) => {
    const c = city as { id?: unknown; scenario?: unknown };
    if (typeof c?.scenario !== 'string') return city;
    const path = `study.cities[${i}].scenario`;
    if (isPath(c.scenario)) {
      checkFileInside(c.scenario, studiesDir, library.dir, path, 'errors.http.scenarioOutside');
      return city;
    }
    const found = library.get(c.scenario) ?? library.list().find((e) => e.file === `${c.scenario}.json`);
    if (!found)
      throw new ApiError('SCENARIO_NOT_FOUND', {
        ...message('errors.studies.cityNotInLibrary', { city: String(c.id ?? i), scenario: c.scenario }),
        path,
      });
    // the library's file, as a path from the studies folder (the engine would look in its own shipped folder)
    return { ...c, scenario: relative(studiesDir, resolve(library.dir, found.file)).split(sep).join('/') };
  });
}

/** The shipped study `body.study`, checked and read with its cities' scenarios, and the study's options. */
export function provinceInput(body: ProvinceRequest, library: Library, studies: StudyLibrary): ProvinceInput {
  const entry = libraryStudy(studies, body.study);
  const cities = Array.isArray(entry.study.cities) ? checkedCities(entry, library, studies.dir) : entry.study.cities;
  let spec: ProvinceSpec;
  try {
    spec = provinceSpec({ ...entry.study, cities }, studies.dir);
  } catch (err) {
    if (!(err instanceof BaogongError)) throw err;
    const e = clientError(err, library.dir);
    throw new ApiError(e.code, {
      message: e.message,
      ...(e.text ? { text: e.text } : {}),
      path: 'study',
      problems: (e.problems ?? []).map((p) => ({ ...p, path: `study.${p.path}` })),
    });
  }
  spec.cities.forEach((city, i) => {
    checkWeatherFile(city.scenario, city.baseDir, library.dir, `study.cities[${i}].scenario → weather.file`);
  });
  const { runs, seed, mode, solver } = body;
  return {
    spec,
    options: { runs, seed, ...(mode ? { mode } : {}), ...(solver ? { solver } : {}) },
  };
}
