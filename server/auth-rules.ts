/**
 * Who may call each route: `open` (no key ever), or the lowest role that may (reader < runner
 * < admin). Every route the app registers has a row here; test/server/auth.test.ts fails when
 * one is missing, and a route missing at run time needs an admin (closed, not open).
 * Owners are checked in the routes themselves (server/auth.ts `mayChange`): a runner renames,
 * pins and deletes only its own runs and saved scenarios.
 */
import type { Role } from './keys.ts';

export type Access = 'open' | Role;

/** `METHOD url` as fastify registers it (HEAD follows its GET). */
export const ROUTE_ACCESS: Readonly<Record<string, Access>> = {
  // the page, its files and fonts, liveness, the catalogue texts, the API docs
  'GET /': 'open',
  'GET /*': 'open',
  'GET /vendor/:file': 'open',
  'GET /fonts/:file': 'open',
  'GET /healthz': 'open',
  'GET /v1/i18n/:lang': 'open',
  // reading
  'GET /v1/scenarios': 'reader',
  'GET /v1/scenarios/:id': 'reader',
  'GET /v1/templates': 'reader',
  'GET /v1/templates/:name': 'reader',
  'GET /v1/saved': 'reader',
  'GET /v1/saved/:id': 'reader',
  'GET /v1/runs': 'reader',
  'GET /v1/runs/:id': 'reader',
  'GET /v1/runs/:id/days.csv': 'reader',
  'GET /v1/runs/:id/result.xlsx': 'reader',
  'GET /v1/runs/:id/charts/:chart': 'reader',
  'GET /v1/charts': 'reader',
  'GET /v1/compare': 'reader',
  'GET /v1/compare/:file': 'reader',
  'GET /v1/studies': 'reader',
  'GET /v1/studies/library': 'reader',
  'GET /v1/studies/:id': 'reader',
  'GET /v1/studies/:id/result.json': 'reader',
  // running, saving, importing, previewing (PATCH and DELETE: a runner's own only)
  'POST /v1/runs': 'runner',
  'PATCH /v1/runs/:id': 'runner',
  'DELETE /v1/runs/:id': 'runner',
  'POST /v1/scenarios/validate': 'runner',
  'POST /v1/scenarios/preview-cold-wave': 'runner',
  'POST /v1/scenarios/import-xlsx': 'runner',
  'POST /v1/saved': 'runner',
  'PUT /v1/saved/:id': 'runner',
  'POST /v1/saved/:id/duplicate': 'runner',
  'DELETE /v1/saved/:id': 'runner',
  // studies on the queue (DELETE cancels: a runner's own only)
  'POST /v1/studies': 'runner',
  'DELETE /v1/studies/:id': 'runner',
  // managing keys
  'GET /v1/keys': 'admin',
  'POST /v1/keys': 'admin',
  'DELETE /v1/keys/:id': 'admin',
};

/** The API docs (swagger-ui registers several routes under it) are open. */
export const OPEN_PREFIXES = ['/docs'] as const;

/** What a registered route needs; undefined when the table has no row for it. */
export function accessOf(method: string, url: string): Access | undefined {
  if (OPEN_PREFIXES.some((p) => url === p || url.startsWith(`${p}/`))) return 'open';
  return ROUTE_ACCESS[`${method === 'HEAD' ? 'GET' : method} ${url}`];
}
