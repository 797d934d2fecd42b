import { describe, expect, it } from 'vitest';
import {
  berlinDay,
  berlinMonth,
  isUpcoming,
  past,
  registrationClosesAt,
  registrationState,
  startOfBerlinDay,
  stateAt,
  upcoming,
  type SeminarTimes,
} from '../../src/lib/seminars/dates';
import { deadlineText, formatMonth, formatSeminarWhen } from '../../src/lib/seminars/format';

const at = (iso: string) => new Date(iso);
const seminar = (over: Partial<SeminarTimes> = {}): SeminarTimes => ({
  start: '2027-02-10T09:00:00+01:00',
  end: '2027-02-10T12:30:00+01:00',
  status: 'open',
  registrationDeadline: '2027-02-05',
  ...over,
});

describe('Berlin calendar days across daylight-saving changes', () => {
  it('a Berlin day starts at 23:00 UTC in winter and 22:00 UTC in summer', () => {
    expect(startOfBerlinDay('2027-02-10').toISOString()).toBe('2027-02-09T23:00:00.000Z');
    expect(startOfBerlinDay('2027-07-01').toISOString()).toBe('2027-06-30T22:00:00.000Z');
  });

  it('the spring change (28 March 2027) gives a 23-hour day', () => {
    const day = startOfBerlinDay('2027-03-28');
    const next = startOfBerlinDay('2027-03-29');
    expect(day.toISOString()).toBe('2027-03-27T23:00:00.000Z');
    expect(next.toISOString()).toBe('2027-03-28T22:00:00.000Z');
    expect((next.getTime() - day.getTime()) / 3_600_000).toBe(23);
  });

  it('the autumn change (25 October 2026) gives a 25-hour day', () => {
    const day = startOfBerlinDay('2026-10-25');
    const next = startOfBerlinDay('2026-10-26');
    expect(day.toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect((next.getTime() - day.getTime()) / 3_600_000).toBe(25);
  });

  it('days and months are Berlin days, not UTC days', () => {
    expect(berlinDay('2027-01-31T23:30:00Z')).toBe('2027-02-01');
    expect(berlinMonth('2027-01-31T23:30:00Z')).toBe('2027-02');
    expect(berlinMonth('2027-02-28T22:59:59Z')).toBe('2027-02');
    expect(berlinMonth('2027-02-28T23:00:00Z')).toBe('2027-03');
  });

  it('a seminar across the spring gap lasts one hour and shows local times', () => {
    const s = seminar({ start: '2027-03-28T01:30:00+01:00', end: '2027-03-28T03:30:00+02:00', registrationDeadline: undefined });
    expect(Date.parse(s.end) - Date.parse(s.start)).toBe(3_600_000);
    expect(formatSeminarWhen(s.start, s.end)).toBe('Sonntag, 28. März 2027, 1:30 bis 3:30 Uhr');
    expect(isUpcoming(s, at('2027-03-28T01:29:59Z'))).toBe(true);
    expect(isUpcoming(s, at('2027-03-28T01:30:00Z'))).toBe(false);
  });

  it('a seminar in the repeated autumn hour keeps its real length', () => {
    const s = seminar({ start: '2026-10-25T02:30:00+02:00', end: '2026-10-25T02:30:00+01:00', registrationDeadline: undefined });
    expect(Date.parse(s.end) - Date.parse(s.start)).toBe(3_600_000);
    expect(isUpcoming(s, at('2026-10-25T01:00:00Z'))).toBe(true);
    expect(isUpcoming(s, at('2026-10-25T01:30:00Z'))).toBe(false);
  });
});

describe('registration deadline: the deadline day counts until 23:59:59 Berlin time', () => {
  it('closes at midnight after the deadline day (winter)', () => {
    const s = seminar();
    expect(registrationClosesAt(s).toISOString()).toBe('2027-02-05T23:00:00.000Z');
    expect(registrationState(s, at('2027-02-05T22:59:59Z'))).toBe('open');
    expect(registrationState(s, at('2027-02-05T23:00:00Z'))).toBe('closed');
  });

  it('closes at midnight after the deadline day (summer)', () => {
    const s = seminar({ start: '2027-06-16T10:00:00+02:00', end: '2027-06-16T12:00:00+02:00', registrationDeadline: '2027-06-11' });
    expect(registrationState(s, at('2027-06-11T21:59:59Z'))).toBe('open');
    expect(registrationState(s, at('2027-06-11T22:00:00Z'))).toBe('closed');
  });

  it('a deadline on the spring-change day closes after 23 hours of that day', () => {
    const s = seminar({ start: '2027-03-30T14:00:00+02:00', end: '2027-03-30T16:00:00+02:00', registrationDeadline: '2027-03-28' });
    expect(registrationClosesAt(s).toISOString()).toBe('2027-03-28T22:00:00.000Z');
  });

  it('a deadline the day before the spring change closes at 23:00 UTC (still winter time)', () => {
    const s = seminar({ start: '2027-03-30T14:00:00+02:00', end: '2027-03-30T16:00:00+02:00', registrationDeadline: '2027-03-27' });
    expect(registrationState(s, at('2027-03-27T22:59:59Z'))).toBe('open');
    expect(registrationState(s, at('2027-03-27T23:00:00Z'))).toBe('closed');
  });

  it('a deadline on the autumn-change day closes after 25 hours of that day', () => {
    const s = seminar({ start: '2026-10-28T10:00:00+01:00', end: '2026-10-28T12:00:00+01:00', registrationDeadline: '2026-10-25' });
    expect(registrationClosesAt(s).toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(registrationState(s, at('2026-10-25T22:59:59Z'))).toBe('open');
  });

  it('a deadline on the seminar day closes at the start, not at midnight', () => {
    const s = seminar({ registrationDeadline: '2027-02-10' });
    expect(registrationClosesAt(s).toISOString()).toBe('2027-02-10T08:00:00.000Z');
  });

  it('without a deadline, registration closes at the start', () => {
    const s = seminar({ registrationDeadline: undefined });
    expect(registrationState(s, at('2027-02-10T07:59:59Z'))).toBe('open');
    expect(registrationState(s, at('2027-02-10T08:00:00Z'))).toBe('closed');
    expect(deadlineText(s)).toBe('Anmeldung bis zum Beginn am 10. Februar 2027');
  });
});

describe('registration state', () => {
  it('waiting list invites until the deadline, then closes, then ends', () => {
    const s = seminar({ status: 'waitlist' });
    expect(registrationState(s, at('2027-02-01T00:00:00Z'))).toBe('waitlist');
    expect(registrationState(s, at('2027-02-08T00:00:00Z'))).toBe('closed');
    expect(registrationState(s, at('2027-02-10T11:30:00Z'))).toBe('ended');
  });

  it('a running seminar is still upcoming but registration is closed', () => {
    const s = seminar();
    expect(isUpcoming(s, at('2027-02-10T09:00:00Z'))).toBe(true);
    expect(registrationState(s, at('2027-02-10T09:00:00Z'))).toBe('closed');
  });

  it('booked out stays booked out until it ends; cancelled stays cancelled', () => {
    expect(registrationState(seminar({ status: 'full' }), at('2027-01-01T00:00:00Z'))).toBe('full');
    expect(registrationState(seminar({ status: 'full' }), at('2027-02-08T00:00:00Z'))).toBe('full');
    expect(registrationState(seminar({ status: 'full' }), at('2027-03-01T00:00:00Z'))).toBe('ended');
    expect(registrationState(seminar({ status: 'cancelled' }), at('2027-01-01T00:00:00Z'))).toBe('cancelled');
    expect(registrationState(seminar({ status: 'cancelled' }), at('2028-01-01T00:00:00Z'))).toBe('cancelled');
  });

  it('the browser rule on plain instants agrees with the build rule', () => {
    const s = seminar();
    const instants = { status: s.status, closesAt: registrationClosesAt(s).getTime(), endsAt: Date.parse(s.end) };
    for (const iso of ['2027-01-01T00:00:00Z', '2027-02-05T22:59:59Z', '2027-02-05T23:00:00Z', '2027-02-10T11:30:00Z']) {
      expect(stateAt(instants, Date.parse(iso))).toBe(registrationState(s, at(iso)));
    }
  });
});

describe('upcoming and past', () => {
  const items = [
    { id: 'b', data: seminar({ start: '2027-03-01T09:00:00+01:00', end: '2027-03-01T10:00:00+01:00' }) },
    { id: 'a', data: seminar({ start: '2027-02-10T09:00:00+01:00', end: '2027-02-10T10:00:00+01:00' }) },
    { id: 'old', data: seminar({ start: '2025-10-30T09:30:00+01:00', end: '2025-10-30T16:30:00+01:00' }) },
  ];

  it('splits by the end relative to "now" and sorts', () => {
    const now = at('2026-11-26T06:00:00Z');
    expect(upcoming(items, now).map((i) => i.id)).toEqual(['a', 'b']);
    expect(past(items, now).map((i) => i.id)).toEqual(['old']);
  });

  it('moves a seminar to the past at its end, to the second', () => {
    expect(upcoming(items, at('2027-02-10T08:59:59Z')).map((i) => i.id)).toEqual(['a', 'b']);
    expect(upcoming(items, at('2027-02-10T09:00:00Z')).map((i) => i.id)).toEqual(['b']);
  });
});

describe('German formatting in Europe/Berlin', () => {
  it('same day, several days, months', () => {
    expect(formatSeminarWhen('2027-02-10T08:40:00+01:00', '2027-02-10T13:00:00+01:00')).toBe('Mittwoch, 10. Februar 2027, 8:40 bis 13:00 Uhr');
    expect(formatSeminarWhen('2027-05-26T10:00:00+02:00', '2027-05-27T14:00:00+02:00')).toBe(
      'Mittwoch, 26. Mai 2027, 10:00 Uhr, bis Donnerstag, 27. Mai 2027, 14:00 Uhr',
    );
    // An instant written in UTC still shows in Berlin time.
    expect(formatSeminarWhen('2027-02-10T07:40:00.000Z', '2027-02-10T12:00:00.000Z')).toBe('Mittwoch, 10. Februar 2027, 8:40 bis 13:00 Uhr');
    expect(formatMonth('2027-03')).toBe('März 2027');
    expect(deadlineText(seminar())).toBe('Anmeldung bis 5. Februar 2027');
  });
});
