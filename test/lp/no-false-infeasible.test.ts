/**
 * A valid scenario never fails in the solver. The dispatch model has slack columns for
 * unserved heat, dumped heat, gas cuts and the floor shortfall, so every LP the policy solve
 * hands over is feasible by construction; "infeasible" from the default solver is a bug.
 *
 * The reproduction: Yutai with an extreme cold wave from 2013-02-13 made HiGHS's presolve
 * declare the money LP of 2013-02-18 infeasible (its forcing-row rule, on a day whose every
 * source ran at capacity and whose policy holds left slacks below its feasibility tolerance);
 * GLPK and YALPS found ≈ 2 167 MWh unserved. The grid of what-ifs around it is in
 * what-if-grid-{1,2}.test.ts.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';

describe('the reproduction', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = buildApp({ rateLimitPerMinute: 0, workers: 1 });
    await app.ready();
  });
  afterAll(() => app.close());

  it('POST /v1/runs: yutai_2021 with an extreme cold wave from 2013-02-13 answers 201 with the default solver', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/runs',
      payload: { base: 'yutai_2021', overrides: { coldWaves: [{ start: '2013-02-13', grade: 'extreme', days: 7 }] } },
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as { summary: { unservedHeatMWh: number; unservedResidentialHeatMWh: number } };
    // GLPK and YALPS: ≈ 2 167 MWh unserved, none of it for homes
    expect(body.summary.unservedHeatMWh).toBeCloseTo(2167.1, 0);
    expect(body.summary.unservedResidentialHeatMWh).toBe(0);
  });
});
