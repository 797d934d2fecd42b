import type { APIRoute } from 'astro';
import { loadExamples } from '../../lib/examples/collection';
import { exampleExportRecord, latestExampleCheck } from '../../lib/examples/export';
import { DATA_LICENCE } from '../../lib/labels/licence';
import { routes } from '../../lib/routes';

export const GET: APIRoute = async ({ site }) => {
  const examples = await loadExamples();
  const origin = String(site);
  const body = {
    title: 'Praxisbeispiele fairer kommunaler Beschaffung',
    licence: DATA_LICENCE,
    documentation: new URL(routes.data, origin).href,
    generated: latestExampleCheck(examples),
    examples: examples.map((e) => exampleExportRecord(e, origin)),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
