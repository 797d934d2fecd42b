import type { APIRoute } from 'astro';
import { loadAssistantData } from '../../components/assistant/load-data';

/** What the assistant's island needs, as one same-origin file (src/lib/assistant/data.ts). */
export const GET: APIRoute = async () => new Response(JSON.stringify(await loadAssistantData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
