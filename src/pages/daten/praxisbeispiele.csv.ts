import type { APIRoute } from 'astro';
import { loadExamples } from '../../lib/examples/collection';
import { examplesCsv } from '../../lib/examples/export';

export const GET: APIRoute = async ({ site }) => {
  // A byte-order mark so spreadsheet programs read the umlauts as UTF-8.
  return new Response(`\uFEFF${examplesCsv(await loadExamples(), String(site))}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
