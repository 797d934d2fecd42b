import type { APIRoute } from 'astro';
import { labelsCsv } from '../../lib/labels/export';
import { loadLabels } from '../../lib/labels/collections';

export const GET: APIRoute = async ({ site }) => {
  const labels = await loadLabels();
  // A byte-order mark so spreadsheet programs read the umlauts as UTF-8.
  return new Response(`\uFEFF${labelsCsv(labels, String(site))}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
