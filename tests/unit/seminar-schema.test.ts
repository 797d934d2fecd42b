import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseEntryFile } from '../../src/lib/content-check';
import { past, upcoming } from '../../src/lib/seminars/dates';
import { seminarSchema } from '../../src/schemas/seminar';
import { seminarTopics } from '../../src/vocab/seminars';
import { root } from './helpers';

const valid = {
  title: 'Grundlagenschulung Vergaberecht Faire Beschaffung',
  summary: 'Ein Tag zu den Grundlagen: wo im Vergabeverfahren soziale Kriterien ihren Platz haben.',
  description: 'Grundlagenschulung Vergaberecht Faire Beschaffung in Bonn mit Übungen und Austausch für Vergabestellen.',
  start: '2027-02-10T09:00:00+01:00',
  end: '2027-02-10T16:00:00+01:00',
  format: 'praesenz',
  venue: { name: 'Engagement Global', street: 'Friedrich-Ebert-Allee 40', postalCode: '53113', city: 'Bonn' },
  audience: 'Beschäftigte aus Vergabestellen',
  topics: ['vergaberecht'],
  status: 'open',
  registrationDeadline: '2027-02-05',
  registrationEmail: 'seminare@example.org',
  contact: 'seminare',
};

/** The problems of one candidate as "field: message" lines. */
function problems(data: Record<string, unknown>): string[] {
  const result = seminarSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
const without = (key: string, data: Record<string, unknown> = valid) => Object.fromEntries(Object.entries(data).filter(([k]) => k !== key));

describe('seminar schema', () => {
  it('accepts a complete seminar and fills in the defaults', () => {
    const result = seminarSchema.parse(valid);
    expect(result.cost).toBe('kostenfrei');
    expect(result.organizer).toBe('Servicestelle Kommunen in der Einen Welt (SKEW)');
    expect(result.partners).toEqual([]);
    expect(result.productGroups).toEqual([]);
    expect(result.start).toBe('2027-02-10T09:00:00+01:00');
  });

  it('keeps an offset written as text, and turns a YAML Date (Astro loader) into ISO text', () => {
    const astroLike = yaml.load('start: 2027-02-10T09:00:00+01:00\nend: 2027-02-10T16:00:00+01:00') as Record<string, unknown>;
    expect(astroLike.start).toBeInstanceOf(Date);
    const result = seminarSchema.parse({ ...valid, ...astroLike });
    expect(result.start).toBe('2027-02-10T08:00:00.000Z');
    expect(Date.parse(result.start)).toBe(Date.parse(valid.start));
  });

  it.each([
    ['an end before the start', { end: '2027-02-10T08:00:00+01:00' }, 'end: liegt nicht nach dem Beginn'],
    ['an end equal to the start', { end: '2027-02-10T09:00:00+01:00' }, 'end: liegt nicht nach dem Beginn'],
    ['a deadline after the start day', { registrationDeadline: '2027-02-11' }, 'registrationDeadline: liegt nach dem Beginn'],
    ['a time without offset', { start: '2027-02-10T09:00:00' }, 'start: muss Datum und Uhrzeit mit Zeitzone enthalten'],
    ['a date without time', { start: '2027-02-10' }, 'start: muss Datum und Uhrzeit mit Zeitzone enthalten'],
    ['an impossible date', { start: '2027-02-30T09:00:00+01:00' }, 'start: ist kein gültiger Zeitpunkt'],
    ['an impossible hour', { start: '2027-02-10T25:00:00+01:00' }, 'start: ist kein gültiger Zeitpunkt'],
    ['an unknown status', { status: 'ausverkauft' }, 'status: ist kein bekannter Status'],
    ['an unknown topic', { topics: ['schokolade'] }, 'topics.0: ist kein bekanntes Thema'],
    ['no topic', { topics: [] }, 'topics: braucht mindestens ein Thema'],
    ['a postal code with four digits', { venue: { ...valid.venue, postalCode: '5311' } }, 'venue.postalCode: muss eine fünfstellige Postleitzahl sein'],
    ['a venue without street', { venue: without('street', valid.venue) }, 'venue.street: fehlt'],
    ['an agenda time that is no time', { agenda: [{ time: '9 Uhr', item: 'Begrüßung' }] }, 'agenda.0.time: muss eine Uhrzeit im Format HH:MM sein'],
  ])('refuses %s on the right field', (_case, change, expected) => {
    expect(problems({ ...valid, ...change }).join('\n')).toContain(expected);
  });

  it('reports a broken field once, without follow-up errors from the cross-field rules', () => {
    expect(problems({ ...valid, start: 'morgen', format: 'irgendwie' }).map((p) => p.split(':')[0])).toEqual(['start', 'format']);
  });

  it('refuses an online seminar without a platform', () => {
    expect(problems({ ...without('venue'), format: 'online' })).toEqual(['platform: fehlt: Für das Format „Online“ braucht es die Plattform, z. B. „Webex“.']);
  });

  it('refuses an in-person seminar without a venue', () => {
    expect(problems(without('venue'))).toEqual(['venue: fehlt: Für das Format „Präsenz“ braucht es den Veranstaltungsort mit Straße, Postleitzahl und Ort.']);
  });

  it('a hybrid seminar needs both platform and venue', () => {
    expect(problems({ ...without('venue'), format: 'hybrid' }).map((p) => p.split(':')[0])).toEqual(['platform', 'venue']);
    expect(problems({ ...valid, format: 'hybrid' }).map((p) => p.split(':')[0])).toEqual(['platform']);
    expect(problems({ ...valid, format: 'hybrid', platform: 'Webex' })).toEqual([]);
  });

  it('needs a registration address or e-mail unless cancelled', () => {
    expect(problems(without('registrationEmail'))).toEqual([
      'registrationUrl: fehlt: Geben Sie eine Anmelde-Webadresse oder eine Anmelde-E-Mail-Adresse an (außer bei abgesagten Seminaren).',
    ]);
    expect(problems({ ...without('registrationEmail'), status: 'cancelled' })).toEqual([]);
    expect(problems({ ...without('registrationEmail'), registrationUrl: 'https://anmeldung.example.org/x' })).toEqual([]);
    expect(problems({ ...valid, registrationUrl: 'ftp://example.org/x' }).join()).toContain('registrationUrl: muss eine vollständige Webadresse sein');
  });

  it('allows the deadline on the seminar day itself (judged in Berlin time)', () => {
    expect(problems({ ...valid, registrationDeadline: '2027-02-10' })).toEqual([]);
    // 00:30 Berlin on 1 March is still 28 February in UTC: the Berlin day counts.
    expect(problems({ ...valid, start: '2027-03-01T00:30:00+01:00', end: '2027-03-01T02:00:00+01:00', registrationDeadline: '2027-03-01' })).toEqual([]);
  });
});

describe('the sample seminars (frozen in tests/fixtures/content/seminars)', () => {
  const dir = join(root, 'tests/fixtures/content/seminars');
  const entries = readdirSync(dir).map((file) => {
    const { data } = parseEntryFile(file, readFileSync(join(dir, file), 'utf8'), 'md');
    return { id: file.replace(/\.md$/, ''), data: seminarSchema.parse(data) };
  });
  const now = new Date('2026-11-26T06:00:00Z');

  it('has at least 12 upcoming seminars spread from December 2026 to June 2027, and past ones', () => {
    const next = upcoming(entries, now);
    expect(next.length).toBeGreaterThanOrEqual(12);
    const months = new Set(next.map((e) => e.data.start.slice(0, 7)));
    for (const m of ['2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06']) expect(months).toContain(m);
    expect(past(entries, now).length).toBeGreaterThanOrEqual(3);
    expect(past(entries, now).some((e) => e.data.title.includes('Netzwerktreffen') && e.data.start.startsWith('2025-10-30'))).toBe(true);
  });

  it('covers every topic, every format and every status', () => {
    const next = upcoming(entries, now).map((e) => e.data);
    expect(new Set(next.flatMap((s) => s.topics))).toEqual(new Set(Object.keys(seminarTopics)));
    expect(new Set(next.map((s) => s.format))).toEqual(new Set(['online', 'praesenz', 'hybrid']));
    expect(new Set(next.map((s) => s.status))).toEqual(new Set(['open', 'waitlist', 'full', 'cancelled']));
  });

  it('includes the FEMNET textile seminar on Webex from 8:40 to 13:00 and Kompass trainings of 2 and 1.5 hours', () => {
    const femnet = entries.filter((e) => e.data.partners.some((p) => p.name.includes('FEMNET')));
    expect(femnet.length).toBeGreaterThan(0);
    for (const e of femnet) {
      expect(e.data.platform).toBe('Webex');
      expect(e.data.start).toMatch(/T08:40:00/);
      expect(e.data.end).toMatch(/T13:00:00/);
    }
    const hours = (e: (typeof entries)[number]) => (Date.parse(e.data.end) - Date.parse(e.data.start)) / 3_600_000;
    expect(entries.filter((e) => e.data.title.startsWith('Einführung in den Kompass')).map(hours)).toSatisfy(
      (h: number[]) => h.length > 0 && h.every((x) => x === 2),
    );
    expect(entries.filter((e) => e.data.title.startsWith('Kompass-Vertiefung')).map(hours)).toSatisfy(
      (h: number[]) => h.length >= 2 && h.every((x) => x === 1.5),
    );
  });
});
