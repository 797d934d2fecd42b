import { getRssString } from '@astrojs/rss';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import ical, { type CalendarComponent, type VEvent } from 'node-ical';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { LabelItem } from '../../src/lib/labels/collections';
import { labelsCsv } from '../../src/lib/labels/export';
import { newsFeed } from '../../src/lib/news-feed';
import { withoutControlCharacters } from '../../src/lib/plain-text';
import { scriptJson } from '../../src/lib/script-json';
import { seminarCalendar } from '../../src/lib/seminars/ics';
import { seminarJsonLd } from '../../src/lib/seminars/jsonld';
import { labelSchema } from '../../src/schemas/label';
import { seminarSchema } from '../../src/schemas/seminar';
import { allCriteria, supplyChainStages, vgvConditions } from '../../src/vocab/labels';

/*
 * Every generator of a machine-read format gets records whose texts try to break it. The records
 * are built past the schemas (which refuse control characters in single-line fields), so these
 * tests prove the generators' own escaping. Each output is parsed back with an independent parser
 * and must hold exactly the records put in, with the texts intact (minus control characters).
 */
const hostile = [
  'Anführungszeichen "doppelt" und \'einfach\' und `Backtick`',
  'Schrägstrich \\ Semikolon ; Komma , Doppelpunkt : Gleich = Ende',
  '</script><script>alert(1)</script><!-- Kommentar',
  ']]> <![CDATA[ x ]]> &amp; &lt; & < > <b>fett</b>',
  'Zeile eins\r\nBEGIN:VEVENT\r\nSUMMARY:eingeschleust\r\nEND:VEVENT',
  'Nur CR\rNur LF\nTab\tEnde',
  'Steuerzeichen \u0000 \u0001 \u0007 \u0008 \u000b \u000c \u001b \u007f \u0085 \ufffe Ende',
  'Halbes Ersatzzeichen \ud800 hier',
  '=HYPERLINK("https://example.org/","klick")',
  '+49 228 123',
  '-1+1',
  '@SUMME(A1:A9)',
  '\t=1+1',
  'Ünïcödé: Grüße aus Köln – „fair“ 😀 👩‍👩‍👧 \u2028 \u2029 \u202eRTL',
  `Sehr lang ${'Fairer Handel und faire Beschaffung in Kommunen. '.repeat(120)}Ende`,
];
/** What each text must read as after the round trip. */
const intended = (text: string) => withoutControlCharacters(text);

const site = new URL('https://www.example.org/');
const now = new Date('2027-01-01T09:00:00Z');

const seminarBase = seminarSchema.parse({
  title: 'Platzhalter',
  summary: 'Berufskleidung fair einkaufen: Risiken in der Lieferkette und passende Gütezeichen.',
  description: 'Online-Vertiefung zur fairen Beschaffung von Textilien, mit Gütezeichen und Formulierungshilfen.',
  audience: 'Beschäftigte aus Vergabestellen',
  topics: ['textilien'],
  registrationEmail: 'seminare@example.org',
  contact: 'seminare',
  start: '2027-02-10T08:40:00+01:00',
  end: '2027-02-10T13:00:00+01:00',
  format: 'hybrid',
  platform: 'Webex',
  venue: { name: 'Rathaus', street: 'Markt 1', postalCode: '53111', city: 'Bonn' },
  status: 'open',
});
const seminars = hostile.map((text, i) => ({
  id: `2027-02-10-seminar-${i}`,
  data: { ...seminarBase, title: text, summary: text, venue: { ...seminarBase.venue!, name: text, city: text } },
}));

describe('iCalendar (seminarCalendar)', () => {
  /** iCalendar has one kind of line break; U+2028/U+2029 become one too. */
  const icsText = (t: string) => intended(t).replace(/\r\n?|[\u2028\u2029]/g, '\n');
  const calendarName = hostile.join(' | ');
  const text = seminarCalendar(seminars, { site, name: calendarName, now });
  const parsed = ical.sync.parseICS(text);
  const events = Object.values(parsed).filter((c: CalendarComponent | undefined): c is VEvent => c?.type === 'VEVENT');

  it('is lines of at most 75 octets, ended by CRLF, with no bare CR or LF', () => {
    expect(text.endsWith('\r\n') || text.endsWith('END:VCALENDAR')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.filter((l) => /[\r\n]/.test(l))).toEqual([]);
    expect(lines.filter((l) => Buffer.byteLength(l) > 75)).toEqual([]);
  });

  it('has exactly one event per seminar, none smuggled in', () => {
    expect(text.match(/^BEGIN:VEVENT$/gm)).toHaveLength(seminars.length);
    expect(events.map((e) => e.uid)).toEqual(seminars.map((s) => `${s.id}@${site.hostname}`));
  });

  it('gives back every title, place and summary as written', () => {
    const read = (v: unknown) => String(v && typeof v === 'object' && 'val' in v ? v.val : v);
    expect(events.map((e) => read(e.summary))).toEqual(hostile.map(icsText));
    for (const [i, e] of events.entries()) {
      expect(read(e.location)).toContain(icsText(hostile[i]));
      expect(read(e.description).startsWith(icsText(hostile[i]))).toBe(true);
    }
  });

  it('escapes the calendar name lines (NAME, X-WR-CALNAME) instead of writing them raw', () => {
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    const nameLines = unfolded.split('\r\n').filter((l) => /^(NAME|X-WR-CALNAME):/.test(l));
    expect(nameLines).toHaveLength(2);
    const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
    for (const line of nameLines) {
      const value = line.slice(line.indexOf(':') + 1);
      expect(value).not.toMatch(/(?<!\\)[;,]/);
      expect(unescape(value)).toBe(icsText(calendarName));
    }
  });
});

describe('RSS (newsFeed through @astrojs/rss)', async () => {
  const news = hostile.map((text, i) => ({ id: `2027-01-0${(i % 9) + 1}-meldung-${i}`, data: { title: text, summary: text, date: '2027-01-01' } }));
  const xml = await getRssString(newsFeed(news, { siteName: hostile[2], tagline: hostile[4] }, site));
  const parser = new XMLParser({ trimValues: false, parseTagValue: false, processEntities: true, htmlEntities: false });

  it('is well-formed XML', () => {
    // saxes is a conformant, strict XML parser: it rejects any character XML 1.0 does not allow.
    const errors: string[] = [];
    const strict = new SaxesParser();
    strict.on('error', (error) => errors.push(error.message));
    strict.write(xml).close();
    expect(errors).toEqual([]);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('holds exactly the news items, titles and summaries as written', () => {
    const channel = parser.parse(xml).rss.channel;
    const items = [channel.item].flat();
    expect(items).toHaveLength(news.length);
    const xmlText = (t: string) => intended(t).replace(/\r\n?/g, '\n');
    expect(items.map((i: { title: string }) => i.title)).toEqual(hostile.map(xmlText));
    expect(items.map((i: { description: string }) => i.description)).toEqual(hostile.map(xmlText));
    expect(channel.title).toBe(`Aktuelles – ${xmlText(hostile[2])}`);
    expect(channel.description).toBe(xmlText(hostile[4]));
  });
});

describe('JSON in script elements (scriptJson, seminarJsonLd)', () => {
  it.each(hostile.map((t, i) => [i, t]))('keeps hostile text %i inside its script element and parses back', (i, text) => {
    const data = seminars[i].data;
    const json = scriptJson(seminarJsonLd(data, 'https://www.example.org/seminare/x/', site.href, new Date('2027-01-01T00:00:00Z')));
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    const html = `<!doctype html><html><head><script type="application/ld+json">${json}</script></head><body><p>Seite</p></body></html>`;
    const tree = fromHtml(html);
    const scripts: string[] = [];
    const walk = (node: { type: string; tagName?: string; children?: unknown[]; value?: string }) => {
      if (node.type === 'element' && node.tagName === 'script') scripts.push((node.children as { value: string }[]).map((c) => c.value).join(''));
      for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
    };
    walk(tree);
    expect(scripts).toEqual([json]);
    const back = JSON.parse(scripts[0]);
    expect(back.name).toBe(text);
    expect(back.location[0].name).toBe(back.name);
  });
});

describe('CSV (labelsCsv)', () => {
  const unknownMap = (keys: object) => Object.fromEntries(Object.keys(keys).map((k) => [k, { value: 'unknown' }]));
  const base = labelSchema.parse({
    name: 'Platzhalter',
    issuer: 'Prüfstelle',
    status: 'active',
    summary: 'Ein erfundenes Gütezeichen der Prüfdaten, mit dem der CSV-Export geprüft wird.',
    productGroups: ['natursteine'],
    labelType: 'product',
    verification: { value: 'unknown' },
    focus: { social: 'unknown', environmental: 'unknown' },
    criteria: unknownMap(allCriteria),
    supplyChain: unknownMap(supplyChainStages),
    vgv: unknownMap(vgvConditions),
    assessments: [],
    warnings: [],
    sources: ['https://www.example.org/'],
    lastChecked: '2026-11-26',
  });
  const labels: LabelItem[] = hostile.map((text, i) => ({ slug: `zeichen-${i}`, data: { ...base, name: text, issuer: text, summary: text, notes: text } }));
  const csv = labelsCsv(labels, site.href);
  const rows: string[][] = parseCsv(csv, { relax_column_count: false });
  const header = rows[0];
  const column = (name: string) => rows.slice(1).map((r) => r[header.indexOf(name)]);
  /** What a spreadsheet shows: the text, with an apostrophe before what it would run as a formula. */
  const shown = (t: string) => (/^[=+\-@\t\r]/.test(intended(t)) ? `'${intended(t)}` : intended(t));

  it('parses as CSV with one row per label, every row as wide as the header', () => {
    expect(rows).toHaveLength(labels.length + 1);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([header.length]));
    expect(column('slug')).toEqual(labels.map((l) => l.slug));
  });

  it('gives back every text, formulas neutralised by a leading apostrophe', () => {
    for (const name of ['name', 'issuer', 'summary', 'notes']) expect(column(name)).toEqual(hostile.map(shown));
  });

  it('has no cell a spreadsheet would run as a formula', () => {
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
});
