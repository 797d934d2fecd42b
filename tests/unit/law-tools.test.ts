import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toolsSchema } from '../../src/schemas/law';
import { root } from './helpers';

const fixture = JSON.parse(readFileSync(join(root, 'tests/fixtures/content/law/tools.json'), 'utf8'));

describe('procurement tools (content/law/tools.json)', () => {
  it('holds the life-cycle cost tool under its fixed key, with publisher, sources and check date', () => {
    const { lcc } = toolsSchema.parse(fixture);
    expect(lcc.publisher).toContain('Umweltbundesamt');
    expect(lcc.url).toMatch(/^https:\/\//);
    expect(lcc.sources.length).toBeGreaterThan(0);
    expect(lcc.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses a tool without sources or with an unknown key', () => {
    expect(toolsSchema.safeParse({ lcc: { ...fixture.lcc, sources: [] } }).success).toBe(false);
    expect(toolsSchema.safeParse({ ...fixture, other: fixture.lcc }).success).toBe(false);
  });
});
