import { unzipSync, strFromU8 } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatEuro } from '../../src/lib/format';
import { DISCLAIMER } from '../../src/lib/assistant/doc';
import { buildVermerk, vermerkToDocx, vermerkToText, wrap } from '../../src/lib/assistant/vermerk';
import { parseState } from '../../src/lib/assistant/state';
import { fixtureData as data } from './assistant-fixtures';

const state = (query: string) => parseState(new URLSearchParams(query), data.known);
const workwear = state(
  'wert=250000&art=liefer&traeger=kommune&land=nordrhein-westfalen&gruppe=textilien-bekleidung&gz=fairtrade-textile-production,fair-wear-foundation&platz=fairtrade-textile-production:leistung,fair-wear-foundation:ausfuehrung&markt=verfuegbar:ja,dialog:ja,bieter:offen&lzk=nein',
);

/** The text of word/document.xml: every w:t in order, paragraphs on their own lines. */
function docxText(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  expect(Object.keys(files)).toContain('word/document.xml');
  const xml = strFromU8(files['word/document.xml']);
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g, '\u0000$1\u0000')
    .split('\n')
    .map((line) => (line.match(/\u0000[^\u0000]*\u0000/g) ?? []).map((t) => t.slice(1, -1)).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

describe('buildVermerk', () => {
  const doc = buildVermerk(workwear, data);
  const labels = [data.labels['fairtrade-textile-production'], data.labels['fair-wear-foundation']];

  it('carries the disclaimer once, outside the sections, and the data date', () => {
    expect(doc.disclaimer).toBe(DISCLAIMER);
    expect(JSON.stringify(doc.sections)).not.toContain(DISCLAIMER);
    expect(doc.dataDate).toBe(data.dataDate);
  });

  it('has the sections the issue asks for', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Angaben zum Auftrag',
      'Rechtsgrundlage',
      'Landesrecht',
      'Gewählte Gütezeichen und ihre Prüfung',
      'Gleichwertigkeit',
      'Textbausteine nach Stelle im Verfahren',
      'Markterkundung',
      'Wirtschaftlichkeit',
      'Datenstand',
    ]);
    expect(labels.every((l) => l !== undefined)).toBe(true);
  });

  const text = vermerkToText(doc, { origin: 'https://kompass.example.org' });

  it('as text names the answers, paragraphs, Land law, labels, wording per placement and market notes', () => {
    expect(text).toContain(formatEuro(250000));
    expect(text).toContain(data.norms.vgv34.citation);
    expect(text).toContain('§ 34 Abs. 4 VgV');
    expect(text).toContain('TVgG NRW');
    for (const l of labels) expect(text).toContain(l.name);
    const spec = labels[0].wording.find((v) => v.basis === 'above')!.snippets.find((s) => s.placement === 'specification')!;
    const perf = labels[1].wording.find((v) => v.basis === 'above')!.snippets.find((s) => s.placement === 'performance')!;
    expect(text.replace(/\s+/g, ' ')).toContain(spec.text.replace(/\s+/g, ' '));
    expect(text.replace(/\s+/g, ' ')).toContain(perf.text.replace(/\s+/g, ' '));
    expect(text).toContain('oder gleichwertig');
    expect(text).toContain(`${'Gibt es am Markt genug Produkte'}`);
    expect(text).toContain('MARKTERKUNDUNG');
    expect(text.split(DISCLAIMER.split(' ').slice(0, 6).join(' ')).length).toBe(2);
  });

  it('as text has LF line ends, lines ≤ 100 characters except lone addresses, and absolute links', () => {
    expect(text).not.toContain('\r');
    for (const line of text.split('\n')) if (line.length > 100) expect(line).toMatch(/^\[\d+\] https?:\/\/\S+$/);
    expect(text).toContain('https://kompass.example.org/guetezeichen/fairtrade-textile-production/');
  });

  it('as DOCX holds the same labels, paragraphs and wording', async () => {
    const bytes = await vermerkToDocx(doc, { origin: 'https://kompass.example.org' });
    expect(strFromU8(bytes.slice(0, 2))).toBe('PK');
    const body = docxText(bytes);
    expect(body).toContain(doc.title);
    expect(body).toContain(DISCLAIMER);
    expect(body).toContain('§ 34 Abs. 4 VgV');
    expect(body).toContain('TVgG NRW');
    for (const l of labels) expect(body).toContain(l.name);
    const spec = labels[0].wording.find((v) => v.basis === 'above')!.snippets.find((s) => s.placement === 'specification')!;
    expect(body).toContain(spec.text);
    const rels = strFromU8(unzipSync(bytes)['word/_rels/document.xml.rels']);
    expect(rels).toContain('https://kompass.example.org/guetezeichen/fairtrade-textile-production/');
    expect(new XMLParser().parse(strFromU8(unzipSync(bytes)['word/document.xml']))).toHaveProperty('w:document');
  });
});

describe('wrap', () => {
  it('wraps at the width with an indent and never breaks a long word', () => {
    const long = `https://example.org/${'x'.repeat(120)}`;
    const lines = wrap(`eins zwei drei ${long} vier`, 20, '  ');
    expect(lines).toEqual(['eins zwei drei', `  ${long}`, '  vier']);
  });
});
