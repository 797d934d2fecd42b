import type { APIRoute } from 'astro';
import { loadAssistantData } from '../../lib/assistant/load';

/** What the assistant's island needs, as one same-origin file (src/lib/assistant/data.ts). */
export const GET: APIRoute = async () => new Response(JSON.stringify(await loadAssistantData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
