import { describe, expect, it } from 'vitest';
import { buildAssistantData } from '../../src/lib/assistant/data';
import { tenderWording } from '../../src/lib/labels/tender-wording';
import { vgvSummary, vgvFindings } from '../../src/lib/labels/rules';
import { fixtureInput } from './assistant-fixtures';

const input = fixtureInput();
const data = buildAssistantData(input);

describe('buildAssistantData', () => {
  it('knows the Länder, groups and only the active labels', () => {
    expect(data.known.states).toEqual([...input.states].sort((a, b) => a.data.name.localeCompare(b.data.name, 'de')).map((s) => s.slug));
    expect(data.known.states).toContain('nordrhein-westfalen');
    expect(data.known.groups.length).toBe(input.groups.length);
    const inactive = input.labels.filter((l) => l.data.status === 'inactive').map((l) => l.slug);
    expect(inactive.length).toBeGreaterThan(0);
    for (const slug of inactive) {
      expect(data.known.labels).not.toContain(slug);
      expect(data.labels[slug]).toBeUndefined();
    }
    expect(data.known.labels.length).toBe(input.labels.length - inactive.length);
  });

  it('takes § 34 findings and tender wording from the same rules as the label pages', () => {
    const names = Object.fromEntries(input.groups.map((g) => [g.slug, g.data.name]));
    for (const { slug, data: label } of input.labels.filter((l) => l.data.status === 'active')) {
      const wording = tenderWording(label, names, input.norms);
      expect(data.labels[slug].kind).toBe(wording.kind);
      expect(data.labels[slug].wording).toEqual(wording.variants);
      expect(data.labels[slug].vgvSummary).toBe(vgvSummary(vgvFindings(label)));
    }
  });

  it('dates the data by its newest check and the build day, not by the clock', () => {
    const checks = [...input.labels.map((l) => l.data.lastChecked), input.tools.lcc.lastChecked, ...Object.values(input.norms).map((n) => n.lastChecked)];
    expect(data.dataDate >= checks.sort().at(-1)!).toBe(true);
    expect(data.dataDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.buildDay).toBe('2026-06-15');
    expect(buildAssistantData(fixtureInput(new Date('2027-01-02T00:00:00Z'))).buildDay).toBe('2027-01-02');
  });

  it('links examples, groups and Länder to site routes', () => {
    expect(data.examples.every((e) => e.href.startsWith('/praxisbeispiele/'))).toBe(true);
    expect(data.groups['natursteine'].href).toBe('/guetezeichen/produktgruppe/natursteine/');
    expect(data.states['bayern'].href).toBe('/rechtsrahmen/bayern/');
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});
