import ical, { type CalendarComponent, type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { seminarCalendar } from '../../src/lib/seminars/ics';
import { seminarJsonLd } from '../../src/lib/seminars/jsonld';
import { seminarSchema } from '../../src/schemas/seminar';

const isEvent = (c: CalendarComponent | undefined): c is VEvent => c?.type === 'VEVENT';

const base = {
  summary: 'Berufskleidung fair einkaufen: Risiken in der Lieferkette und passende Gütezeichen.',
  description: 'Online-Vertiefung mit FEMNET zur fairen Beschaffung von Textilien, mit Gütezeichen und Formulierungshilfen.',
  audience: 'Beschäftigte aus Vergabestellen',
  topics: ['textilien'],
  registrationEmail: 'seminare@example.org',
  contact: 'seminare',
};
const textiles = seminarSchema.parse({
  ...base,
  title: 'Textilien mit FEMNET',
  start: '2027-02-10T08:40:00+01:00',
  end: '2027-02-10T13:00:00+01:00',
  format: 'online',
  platform: 'Webex',
  status: 'open',
  registrationDeadline: '2027-02-05',
});
const summer = seminarSchema.parse({
  ...base,
  title: 'Netzwerktreffen',
  start: '2027-05-26T10:00:00+02:00',
  end: '2027-05-27T14:00:00+02:00',
  format: 'hybrid',
  platform: 'Webex',
  venue: { name: 'Gustav-Stresemann-Institut', street: 'Langer Grabenweg 68', postalCode: '53175', city: 'Bonn' },
  status: 'cancelled',
  statusNote: 'Das Treffen entfällt.',
});
/** node-ical gives some properties as { params, val }. */
const value = (v: unknown) => String(v && typeof v === 'object' && 'val' in v ? v.val : v);
const site = new URL('https://www.example.org/');
const now = new Date('2026-11-26T06:00:00Z');

describe('iCalendar file', () => {
  const text = seminarCalendar(
    [
      { id: '2027-02-10-textilien', data: textiles },
      { id: '2027-05-26-netzwerktreffen', data: summer },
    ],
    { site, name: 'Seminare', now },
  );
  const events = Object.values(ical.sync.parseICS(text)).filter(isEvent);
  const byUid = Object.fromEntries(events.map((e) => [e.uid, e]));

  it('ends every line with CRLF, the last one included (RFC 5545)', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('parses with node-ical and has one event per seminar with a stable UID', () => {
    expect(events).toHaveLength(2);
    expect(Object.keys(byUid).sort()).toEqual(['2027-02-10-textilien@www.example.org', '2027-05-26-netzwerktreffen@www.example.org']);
  });

  it('keeps the exact instants in winter and summer time', () => {
    const winter = byUid['2027-02-10-textilien@www.example.org'];
    expect(winter.start.toISOString()).toBe('2027-02-10T07:40:00.000Z');
    expect(winter.end?.toISOString()).toBe('2027-02-10T12:00:00.000Z');
    const s = byUid['2027-05-26-netzwerktreffen@www.example.org'];
    expect(s.start.toISOString()).toBe('2027-05-26T08:00:00.000Z');
    expect(s.end?.toISOString()).toBe('2027-05-27T12:00:00.000Z');
  });

  it('marks a cancelled seminar as cancelled and says so in the title', () => {
    const s = byUid['2027-05-26-netzwerktreffen@www.example.org'];
    expect(s.status).toBe('CANCELLED');
    expect(value(s.summary)).toBe('Abgesagt: Netzwerktreffen');
    expect(byUid['2027-02-10-textilien@www.example.org'].status).toBe('CONFIRMED');
  });

  it('carries place, page link and deadline', () => {
    const winter = byUid['2027-02-10-textilien@www.example.org'];
    expect(value(winter.location)).toBe('Online (Webex)');
    expect(value(byUid['2027-05-26-netzwerktreffen@www.example.org'].location)).toBe(
      'Gustav-Stresemann-Institut, Langer Grabenweg 68, 53175 Bonn und online (Webex)',
    );
    expect(value(winter.url)).toBe('https://www.example.org/seminare/2027-02-10-textilien/');
    expect(value(winter.description)).toContain('Anmeldung bis 5. Februar 2027');
  });

  it('says what registration allows when the file is made, not what the stored status says', () => {
    const descriptionAt = (at: string, data = textiles) =>
      value(Object.values(ical.sync.parseICS(seminarCalendar([{ id: 'x', data }], { site, name: 'x', now: new Date(at) }))).find(isEvent)?.description);
    // The deadline day (5 February) counts until 23:59 Berlin time.
    expect(descriptionAt('2027-02-05T22:59:00Z')).toContain('Anmeldung bis 5. Februar 2027.');
    const closed = descriptionAt('2027-02-05T23:00:00Z');
    expect(closed).toContain('Die Anmeldung ist geschlossen.');
    expect(closed).not.toContain('Anmeldung bis');
    expect(descriptionAt('2027-02-10T12:00:00Z')).toContain('Das Seminar hat stattgefunden.');
    const waitlist = seminarSchema.parse({ ...textiles, status: 'waitlist' });
    expect(descriptionAt('2027-01-01T00:00:00Z', waitlist)).toContain('Nur noch Warteliste. Anmeldung bis 5. Februar 2027.');
    expect(descriptionAt('2027-02-06T00:00:00Z', waitlist)).toContain('Die Anmeldung ist geschlossen.');
  });
});

describe('schema.org Event', () => {
  it('describes an online seminar', () => {
    const ld = seminarJsonLd(textiles, 'https://www.example.org/seminare/x/', 'https://www.example.org/', new Date('2027-01-01T00:00:00Z'));
    expect(ld).toMatchObject({
      '@type': 'Event',
      startDate: '2027-02-10T08:40:00+01:00',
      endDate: '2027-02-10T13:00:00+01:00',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'VirtualLocation', url: 'https://www.example.org/seminare/x/' },
      organizer: { '@type': 'Organization', name: 'Servicestelle Kommunen in der Einen Welt (SKEW)' },
      offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR', availability: 'https://schema.org/InStock', validThrough: '2027-02-05T23:00:00.000Z' },
    });
  });

  it('describes a cancelled hybrid meeting with a postal address and a virtual location', () => {
    const ld = seminarJsonLd(summer, 'https://www.example.org/seminare/y/', 'https://www.example.org/', new Date('2027-01-01T00:00:00Z'));
    expect(ld.eventStatus).toBe('https://schema.org/EventCancelled');
    expect(ld.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(ld.location).toEqual([
      expect.objectContaining({
        '@type': 'Place',
        address: expect.objectContaining({ '@type': 'PostalAddress', postalCode: '53175', addressLocality: 'Bonn' }),
      }),
      expect.objectContaining({ '@type': 'VirtualLocation' }),
    ]);
    expect(ld.offers).toMatchObject({ availability: 'https://schema.org/Discontinued' });
  });

  it('offers a place while registration is open, a back order on the waiting list, none once closed or over', () => {
    const at = (iso: string, s = textiles) =>
      (seminarJsonLd(s, 'https://www.example.org/seminare/x/', 'https://www.example.org/', new Date(iso)).offers as { availability: string }).availability;
    expect(at('2027-01-01T00:00:00Z')).toBe('https://schema.org/InStock');
    expect(at('2027-02-06T00:00:00Z')).toBe('https://schema.org/OutOfStock');
    expect(at('2027-02-11T00:00:00Z')).toBe('https://schema.org/OutOfStock');
    expect(at('2027-01-01T00:00:00Z', { ...textiles, status: 'waitlist' })).toBe('https://schema.org/BackOrder');
    expect(at('2027-01-01T00:00:00Z', { ...textiles, status: 'full' })).toBe('https://schema.org/SoldOut');
  });
});
