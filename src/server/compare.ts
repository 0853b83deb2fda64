/**
 * The comparison's routes: the view (rows, rankings), its download as shown, and one department
 * across the years with its carry-over chain. Every answer is computed from the store as it is now
 * (the reviewers' corrections applied), by the pure functions of src/compare.
 */
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { compareView, departmentYears } from '../compare/index.ts';
import { comparableReports } from '../compare/source.ts';
import { CompareDownloadQuery, CompareQuery, CompareView, DepartmentYears } from '../model/compare.ts';
import { ReportKind } from '../model/record.ts';
import type { Store } from '../store/index.ts';

export function registerCompare(app: FastifyInstance, store: Store): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/compare',
    {
      schema: {
        summary: 'departments compared: one row per department × year (latest reviewed report wins), sorted; rankings with their medians',
        querystring: CompareQuery,
        response: { 200: CompareView },
      },
    },
    async (request) => compareView(await comparableReports(store), request.query),
  );

  api.get(
    '/api/compare/download',
    {
      schema: {
        summary: 'the comparison view as CSV or XLSX: the columns shown, in the rows’ order, through the export code',
        querystring: CompareDownloadQuery,
      },
    },
    async (request, reply) => {
      const q = request.query;
      const { format, columns, headers, bom, ...filter } = q;
      const view = compareView(await comparableReports(store), filter);
      const { writeCompareView } = await import('../compare/download.ts');
      const out = new PassThrough();
      writeCompareView(view.rows, out, { format, columns, headers, bom: bom === 'true' }).then(
        () => out.end(),
        (e: Error) => out.destroy(e),
      );
      reply.header('Content-Disposition', `attachment; filename="budgetlens-compare.${format}"`);
      reply.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      return reply.send(out);
    },
  );

  api.get(
    '/api/departments/:name/years',
    {
      schema: {
        summary:
          'one department (its exact name) across the years: a row per year and its carry-over chain (年末结转和结余 → next year’s 年初结转和结余)',
        params: z.object({ name: z.string().min(1).max(200) }),
        querystring: z.object({ kind: ReportKind.optional() }),
        response: { 200: DepartmentYears, 404: z.object({ error: z.string(), message: z.string() }) },
      },
    },
    async (request, reply) => {
      // the store narrows to names containing it; departmentYears keeps the exact name
      const name = request.params.name.trim();
      const view = departmentYears(await comparableReports(store, { department: name }), name, request.query.kind);
      if (!view.years.length)
        return reply
          .code(404)
          .send({ error: 'not-found', message: `没有部门“${view.department}”的报告 / no reports of ${view.department}` });
      return view;
    },
  );
}
