import { describe, expect, it } from 'vitest';
import { formatEuro } from '../../src/lib/format';
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

const phase = (query: string, key: string) => buildPhases(state(query), data).find((p) => p.key === key)!;
const resultText = (query: string, key: string) => text(phase(query, key).result);

describe('step 1: legal frame', () => {
  it('workwear for 250,000 euros in NRW is above the municipal threshold, with § 34 VgV and the TVgG NRW', () => {
    const q = 'wert=250000&art=liefer&land=nordrhein-westfalen';
    const t = resultText(q, 'rahmen');
    expect(t).toContain('oberhalb der Schwelle');
    expect(t).toContain(formatEuro(216000));
    expect(t).toContain(data.norms.vgv34.citation);
    expect(t).toContain('TVgG NRW');
    expect(t).toContain('Kommunen und Länder'); // no authority given: said so
    expect(phase(q, 'rahmen').complete).toBe(true);
  });

  it('coffee for 30,000 euros in Bayern is below, names the UVgO paragraph, its status in the Land and that Bayern has no law in our sources', () => {
    const t = resultText('wert=30000&art=liefer&traeger=kommune&land=bayern&gruppe=lebensmittel-getraenke', 'rahmen');
    expect(t).toContain('unter dem EU-Schwellenwert');
    expect(t).toContain(data.norms.uvgo24.citation);
    expect(t).toContain('Kommunen wird die Anwendung empfohlen');
    expect(t).toContain('kein eigenes Vergabe- oder Tariftreuegesetz');
    expect(t).not.toContain('Sie vergeben oberhalb');
  });

  it('shows the Land’s gravestone rule only for natural stone', () => {
    expect(resultText('land=nordrhein-westfalen&gruppe=natursteine', 'rahmen')).toContain('Grabsteine');
    expect(resultText('land=nordrhein-westfalen&gruppe=textilien-bekleidung', 'rahmen')).not.toContain('Grabsteine und Natursteine aus Kinderarbeit');
  });

  it('gives works the works threshold and VOB/A', () => {
    const t = resultText('wert=5404000&art=bau&land=bayern', 'rahmen');
    expect(t).toContain(formatEuro(5404000));
    expect(t).toContain(data.norms.vobEu7a.citation);
  });
});

describe('step 1 for every Land in the fixture data', () => {
  for (const slug of data.known.states) {
    const land = data.states[slug];
    it(`${land.name}: below the threshold names the Land’s law (or its absence), the UVgO status with a source and a link to the Land page`, () => {
      const ph = phase(`wert=1000&art=liefer&land=${slug}`, 'rahmen');
      const t = text(ph.result);
      if (land.lawFacts.length) expect(t).toContain(inlineText(land.lawFacts[0].lines[0]));
      else expect(t).toContain(land.noLaw!);
      const uvgo = land.sections.find((s) => s.id === 'uvgo')!;
      expect(t).toContain(uvgo.status);
      expect(uvgo.evidence.length).toBeGreaterThan(0);
      const links = inlines(ph.result).filter((i): i is { text: string; href: string } => typeof i !== 'string');
      for (const e of uvgo.evidence) expect(links.map((l) => l.href)).toContain(e.href);
      expect(ph.sources.map((s) => s.href)).toContain(land.href);
      if (land.uncertain) expect(t).toContain(land.uncertain);
    });
  }
});

describe('step 2: product and labels', () => {
  it('offers only active labels of the group, with the § 34 status and credibility', () => {
    const ph = phase('gruppe=blumen-pflanzen', 'produkt');
    const q = ph.questions.find((q) => q.kind === 'labels')!;
    expect(q.kind === 'labels' && q.options.map((o) => o.value)).not.toContain('flower-label-program');
    expect(data.known.labels).not.toContain('flower-label-program');
    expect(text(ph.result)).toContain('Risiken in der Lieferkette');
  });

  it('marks membership schemes as not a product label, offering only the performance condition', () => {
    const ph = phase('gruppe=textilien-bekleidung&gz=fair-wear-foundation', 'produkt');
    const q = ph.questions.find((q) => q.kind === 'labels');
    const option = q?.kind === 'labels' ? q.options.find((o) => o.value === 'fair-wear-foundation') : undefined;
    expect(option?.hint).toContain('kein Produktsiegel');
    expect(option?.placement).toBe('ausfuehrung');
    const verfahren = phase('gruppe=textilien-bekleidung&gz=fair-wear-foundation', 'verfahren');
    const choice = verfahren.questions.find((q) => q.param === 'platz:fair-wear-foundation');
    expect(choice?.kind === 'choice' && choice.options.map((o) => o.value)).toEqual(['ausfuehrung']);
  });

  it('lists the group’s risks with their sources, or says none are recorded', () => {
    const group = data.groups['natursteine'];
    const t = resultText('gruppe=natursteine', 'produkt');
    for (const r of group.risks) expect(t).toContain(r.text);
    const empty = { ...data, groups: { ...data.groups, natursteine: { ...group, risks: [] } } };
    expect(text(buildPhases(state('gruppe=natursteine'), empty)[1].result)).toContain('noch keine Risiken mit Quelle erfasst');
  });

  it('shows the five § 34 conditions of a chosen label and its external assessments', () => {
    const slug = Object.keys(data.labels).find((s) => data.labels[s].assessments.length && data.labels[s].kind === 'label')!;
    const l = data.labels[slug];
    const t = resultText(`gruppe=${l.groups[0]}&gz=${slug}`, 'produkt');
    expect(t).toContain(`Bedingungen des § 34 Abs. 2 VgV für „${l.name}“`);
    expect(t).toContain(l.assessments[0].verdict);
    expect(t).toContain(l.vgvSummary);
    expect(phase(`gruppe=${l.groups[0]}&gz=${slug}`, 'produkt').complete).toBe(true);
  });
});

describe('step 3: market', () => {
  it('stops at „no certified products“, saying why and what to do instead', () => {
    const ph = phase('gruppe=textilien-bekleidung&gz=fairtrade-textile-production&markt=verfuegbar:nein,dialog:ja,bieter:ja', 'markt');
    expect(ph.stop).toBeDefined();
    expect(text(ph.stop!.reason)).toContain('keine oder nur wenige Angebote');
    const instead = text(ph.stop!.instead);
    expect(instead).toContain('Kriterien des Gütezeichens selbst');
    expect(instead).toContain('Zuschlagskriterium');
    expect(instead).toContain('Markterkundung');
    expect(instead).toContain('späteren Ausschreibung');
    expect(instead).toContain('§ 34 Abs. 5 VgV');
    expect(ph.complete).toBe(false);
  });

  it('is complete once all three questions are answered, „offen“ included', () => {
    const ph = phase('markt=verfuegbar:ja,dialog:offen,bieter:offen', 'markt');
    expect(ph.stop).toBeUndefined();
    expect(ph.complete).toBe(true);
  });

  it('lists the practice examples of the group with links', () => {
    const ph = phase('gruppe=natursteine', 'markt');
    const examples = data.examples.filter((e) => e.groups.includes('natursteine'));
    expect(examples.length).toBeGreaterThan(0);
    const hrefs = inlines(ph.result).flatMap((i) => (typeof i === 'string' ? [] : [i.href]));
    for (const e of examples) expect(hrefs).toContain(e.href);
    expect(hrefs).toContain(data.groups['natursteine'].examplesHref);
  });
});

describe('step 4: life-cycle costs', () => {
  it('cites § 59 VgV above and § 43 Abs. 4 UVgO below, with the tool', () => {
    expect(resultText('wert=300000&art=liefer', 'wirtschaftlichkeit')).toContain(data.norms.vgv59.citation);
    const below = resultText('wert=30000&art=liefer', 'wirtschaftlichkeit');
    expect(below).toContain(data.norms.uvgo43.citation);
    expect(below).not.toContain(data.norms.vgv59.citation);
    expect(inlines(phase('wert=30000&art=liefer', 'wirtschaftlichkeit').result)).toContainEqual(expect.objectContaining({ href: data.lccTool.url }));
    expect(resultText('wert=30000&art=bau', 'wirtschaftlichkeit')).toContain('nicht erfasst');
  });
});

describe('step 5: procedure', () => {
  const q = 'wert=250000&art=liefer&gruppe=textilien-bekleidung&gz=fairtrade-textile-production&platz=fairtrade-textile-production:zuschlag';

  it('gives the consequence and the wording for the placement and legal basis, citations from norms.json', () => {
    const ph = phase(q, 'verfahren');
    const t = text(ph.result);
    const l = data.labels['fairtrade-textile-production'];
    const award = l.wording.find((v) => v.basis === 'above')!.snippets.find((s) => s.placement === 'award')!;
    expect(t).toContain(award.text);
    expect(t).toContain('ausgeschlossen wird deshalb keines');
    expect(t).toContain(`${data.norms.vgv58.citation.replace(' VgV', '')} Abs. 4 VgV`);
    expect(t).not.toContain(l.wording.find((v) => v.basis === 'below')!.snippets[0].text);
    expect(ph.complete).toBe(true);
  });

  it('uses the below-threshold wording below', () => {
    const below = q.replace('wert=250000', 'wert=30000');
    const t = resultText(below, 'verfahren');
    expect(t).toContain(data.norms.uvgo24.citation);
    expect(t).toContain(
      data.labels['fairtrade-textile-production'].wording.find((v) => v.basis === 'below')!.snippets.find((s) => s.placement === 'award')!.text,
    );
  });

  it('is incomplete while a chosen label has no placement', () => {
    expect(phase('gz=fairtrade-textile-production', 'verfahren').complete).toBe(false);
  });
});
