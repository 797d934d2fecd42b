import { describe, expect, it } from 'vitest';
import { seminarDetail, type SeminarDetailContext } from '../../src/lib/seminars/detail';
import { fixtureContact, fixtureSeminar } from './view-fixtures';

const before = Date.parse('2036-02-01T12:00:00+01:00');
const context: SeminarDetailContext = {
  now: before,
  programme: { text: 'Netzwerk Faire Beschaffung', href: '/angebote/netzwerk/' },
  productGroups: [{ text: 'Textilien', href: '/guetezeichen/produktgruppe/textilien/' }],
};
const factsOf = (view: ReturnType<typeof seminarDetail>) => Object.fromEntries(view.facts.map((f) => [f.label, f]));

describe('seminarDetail: what the seminar page and its preview show', () => {
  const view = seminarDetail(fixtureSeminar(), context);

  it('states date and time in German time, and the registration state at the given instant', () => {
    expect(view.when).toBe('Montag, 10. März 2036, 9:00 bis 12:30 Uhr');
    expect(view.state).toBe('open');
    expect(view.badge).toEqual({ label: 'Anmeldung möglich', variant: 'success' });
    expect(view.registration).toMatchObject({ kind: 'invite', action: 'Per E-Mail anmelden' });
    const after = seminarDetail(fixtureSeminar(), { ...context, now: Date.parse('2036-03-11T00:00:00+01:00') });
    expect(after.badge?.label).toBe('Hat stattgefunden');
  });

  it('lists the facts in page order, with address, links and line breaks as data', () => {
    expect(view.facts.map((f) => f.label)).toEqual([
      'Termin',
      'Format',
      'Ort',
      'Plattform',
      'Zielgruppe',
      'Themen',
      'Kosten',
      'Anmeldeschluss',
      'Veranstalter',
      'Partner',
      'Gehört zu',
      'Passende Gütezeichen',
    ]);
    const facts = factsOf(view);
    expect(facts.Termin.lines).toEqual([['Montag, 10. März 2036, 9:00 bis 12:30 Uhr (deutsche Zeit)']]);
    expect(facts.Ort).toEqual({
      label: 'Ort',
      lines: [],
      address: ['Rathaus Bonn', 'Berliner Platz 2', '53111 Bonn'],
      note: 'Barrierefreier Zugang über den Seiteneingang.',
    });
    expect(facts.Plattform.lines).toEqual([['Webex. Den Zugang erhalten Sie nach der Anmeldung per E-Mail.']]);
    expect(facts.Themen.lines).toEqual([['Textilien, Vergaberecht']]);
    expect(facts.Kosten.lines).toEqual([['kostenfrei'], ['Reisekosten werden nicht erstattet.']]);
    expect(facts.Anmeldeschluss.lines).toEqual([['3. März 2036, 23:59 Uhr']]);
    expect(facts.Partner.lines).toEqual([[{ text: 'Netzwerk Faire Kleidung', href: 'https://netzwerk.example.org/' }, ', ', 'Stadt Bonn']]);
    expect(facts['Gehört zu'].lines).toEqual([[{ text: 'Netzwerk Faire Beschaffung', href: '/angebote/netzwerk/' }]]);
    expect(facts['Passende Gütezeichen'].lines).toEqual([[{ text: 'Textilien', href: '/guetezeichen/produktgruppe/textilien/' }]]);
  });

  it('leaves out place for online seminars, platform for on-site ones and the deadline for cancelled ones', () => {
    expect(factsOf(seminarDetail(fixtureSeminar({ format: 'online', venue: undefined }), context)).Ort).toBeUndefined();
    expect(factsOf(seminarDetail(fixtureSeminar({ format: 'praesenz' }), context)).Plattform).toBeUndefined();
    const cancelled = seminarDetail(fixtureSeminar({ status: 'cancelled', statusNote: 'Ersatztermin folgt.' }), context);
    expect(factsOf(cancelled).Anmeldeschluss).toBeUndefined();
    expect(cancelled.registration).toMatchObject({ kind: 'notice', title: 'Abgesagt' });
    expect(factsOf(seminarDetail(fixtureSeminar({ registrationDeadline: undefined }), context)).Anmeldeschluss.lines).toEqual([
      ['bis zum Beginn am 10. März 2036'],
    ]);
  });

  it('writes agenda times as a reader says them, and links the calendar file only with an id', () => {
    expect(view.agenda).toEqual([
      { time: '9:00 Uhr', item: 'Begrüßung' },
      { time: '10:30 Uhr', item: 'Soziale Kriterien in der Leistungsbeschreibung' },
    ]);
    expect(view.ics).toBeUndefined();
    expect(seminarDetail(fixtureSeminar(), { ...context, contact: fixtureContact }).contact?.heading).toBe('Fragen zum Seminar');
    expect(seminarDetail(fixtureSeminar(), { ...context, id: '2036-03-10-arbeitskleidung' }).ics).toEqual({
      href: '/seminare/2036-03-10-arbeitskleidung.ics',
      download: '2036-03-10-arbeitskleidung.ics',
    });
  });

  it('copes with unfinished times of a half-filled form: no date, no state, no deadline', () => {
    const draft = { ...fixtureSeminar(), start: '2036-03-10T09:00:00+01:00', end: '2036-03-10T09:00:00+01:00' };
    const v = seminarDetail(draft, context);
    expect(v.when).toBe('');
    expect(v.state).toBeUndefined();
    expect(v.registration).toBeUndefined();
    expect(v.facts.map((f) => f.label)).not.toContain('Termin');
    expect(v.facts.map((f) => f.label)).not.toContain('Anmeldeschluss');
  });
});
