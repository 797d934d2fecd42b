import { describe, expect, it } from 'vitest';
import { inlineText, type Block, type Inline } from '../../src/lib/assistant/doc';
import { buildPhases } from '../../src/lib/assistant/phases';
import { emptyState, parseState } from '../../src/lib/assistant/state';
import { fixtureData as data } from './assistant-fixtures';

const state = (query: string) => parseState(new URLSearchParams(query), data.known);

function inlines(blocks: readonly Block[]): Inline[] {
  return blocks.flatMap((b): Inline[] => {
    switch (b.type) {
      case 'p':
      case 'note':
        return [...(b.type === 'note' && b.title ? [b.title] : []), ...b.text];
      case 'list':
        return b.items.flat();
      case 'facts':
        return b.rows.flatMap((r) => [r.term, ...r.value]);
      case 'table':
        return [b.caption, ...b.head, ...b.rows.flat(2)];
      case 'heading':
        return [b.text];
    }
  });
}
const text = (blocks: readonly Block[]) => inlineText(inlines(blocks).flatMap((i) => [i, ' ']));

describe('buildPhases', () => {
  it('always gives the five steps in order, each with an explanation, a why and a legal source', () => {
    for (const s of [emptyState(), state('wert=250000&art=liefer&land=nordrhein-westfalen&gruppe=textilien-bekleidung&gz=gots')]) {
      const phases = buildPhases(s, data);
      expect(phases.map((p) => p.key)).toEqual(['rahmen', 'produkt', 'markt', 'wirtschaftlichkeit', 'verfahren']);
      expect(phases.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
      for (const p of phases) {
        expect(p.intro.length).toBeGreaterThan(0);
        expect(p.why.length).toBeGreaterThan(0);
        expect(p.sources.length).toBeGreaterThan(0);
        for (const l of p.sources) expect(l.href).toMatch(/^(https:\/\/|\/)/);
      }
    }
  });

  it('has nothing complete for the empty state', () => {
    expect(buildPhases(emptyState(), data).map((p) => p.complete)).toEqual([false, false, false, false, false]);
  });
});
