import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAssistantData, type AssistantData, type AssistantInput } from '../../src/lib/assistant/data';
import { exampleSchema } from '../../src/schemas/example';
import { labelSchema } from '../../src/schemas/label';
import { normsSchema, thresholdsSchema, toolsSchema } from '../../src/schemas/law';
import { productGroupSchema } from '../../src/schemas/productgroup';
import { stateSchema } from '../../src/schemas/state';
import { root } from './helpers';

const dir = join(root, 'tests/fixtures/content');
const json = (path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8'));

function collection<T>(folder: string, parse: (v: unknown) => T): { slug: string; data: T }[] {
  return readdirSync(join(dir, folder))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ slug: f.replace(/\.json$/, ''), data: parse(json(`${folder}/${f}`)) }));
}

/** The assistant's input from the frozen fixture content, on a fixed day. */
export function fixtureInput(now = new Date('2026-06-15T10:00:00Z')): AssistantInput {
  return {
    labels: collection('labels', (v) => labelSchema.parse(v)),
    groups: collection('productgroups', (v) => productGroupSchema.parse(v)),
    states: collection('states', (v) => stateSchema.parse(v)),
    examples: collection('examples', (v) => exampleSchema.parse(v)),
    norms: normsSchema.parse(json('law/norms.json')),
    thresholds: thresholdsSchema.parse(json('law/thresholds.json')),
    tools: toolsSchema.parse(json('law/tools.json')),
    now,
  };
}

export const fixtureData: AssistantData = buildAssistantData(fixtureInput());
