import type { APIRoute } from 'astro';
import { loadAssistantData } from '../../lib/assistant/load';
import { commonPart } from '../../lib/assistant/parts';
import { routes } from '../../lib/routes';

/** What every visit of the assistant and the Vermerk needs, as one same-origin file (src/lib/assistant/parts.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(commonPart(await loadAssistantData(), routes.assistantGroupData)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
