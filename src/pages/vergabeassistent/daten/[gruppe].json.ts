import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAssistantData } from '../../../lib/assistant/load';
import { groupPart, type AssistantGroupPart } from '../../../lib/assistant/parts';

/** One product group's labels, risks and examples (src/lib/assistant/parts.ts), at routes.assistantGroupData(slug). */
export const getStaticPaths = (async () => {
  const data = await loadAssistantData();
  return data.known.groups.map((gruppe) => ({ params: { gruppe }, props: { part: groupPart(data, gruppe) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ part: AssistantGroupPart }> = ({ props }) =>
  new Response(JSON.stringify(props.part), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
