/** GET /v1/runs/:id/result.xlsx: the result workbook beside days.csv, with the spreadsheet content type; 404 for an unknown run. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildApp } from '../../server/app.ts';
import { oneDayCoal } from './helpers.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = buildApp({ rateLimitPerMinute: 0, workers: 1 });
  await app.ready();
});
afterAll(() => app.close());

describe('GET /v1/runs/:id/result.xlsx', () => {
  it('answers 200 with a workbook exceljs can read', async () => {
    const created = await app.inject({ method: 'POST', url: '/v1/runs', payload: oneDayCoal() });
    expect([200, 201]).toContain(created.statusCode);
    const { id } = created.json();
    const res = await app.inject({ method: 'GET', url: `/v1/runs/${id}/result.xlsx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${id}-result.xlsx"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['days', 'summary', 'yards', 'gas']);
    expect(wb.getWorksheet('days')!.getCell('A2').value).toBe('2013-01-10');
  });

  it('answers 404 RUN_NOT_FOUND for an unknown run', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/runs/nosuchrun/result.xlsx' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'RUN_NOT_FOUND' });
  });
});
