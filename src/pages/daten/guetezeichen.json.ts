import type { APIRoute } from 'astro';
import { exportRecord } from '../../lib/labels/export';
import { groupNames as namesOf, loadGroups, loadLabels } from '../../lib/labels/collections';
import { latestCheck } from '../../lib/labels/facts';
import { DATA_LICENCE } from '../../lib/labels/licence';
import { getNorms } from '../../lib/law/norms';
import { routes } from '../../lib/routes';

export const GET: APIRoute = async ({ site }) => {
  const labels = await loadLabels();
  const groups = await loadGroups();
  const names = namesOf(groups);
  const origin = String(site);
  const norms = await getNorms();
  const body = {
    title: 'Gütezeichen für die öffentliche Beschaffung',
    licence: DATA_LICENCE,
    documentation: new URL(routes.data, origin).href,
    generated: latestCheck(labels),
    productGroups: groups.map((g) => ({ slug: g.slug, ...g.data })),
    labels: labels.map((l) => exportRecord(l, origin, names, norms)),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
