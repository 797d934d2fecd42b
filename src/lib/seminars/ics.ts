import ical, { ICalEventStatus } from 'ical-generator';
import type { Seminar } from '../../schemas/seminar';
import { placeText } from './place';
import { registrationState } from './dates';
import { deadlineText } from './format';

export interface CalendarSeminar {
  id: string;
  data: Seminar;
}

/** The registration state when the file is made, by the same rule as the pages' badges. */
function registrationLine(data: Seminar, now: Date): string {
  switch (registrationState(data, now)) {
    case 'cancelled':
      return data.statusNote ?? 'Das Seminar ist abgesagt.';
    case 'ended':
      return 'Das Seminar hat stattgefunden.';
    case 'full':
      return 'Ausgebucht.';
    case 'closed':
      return 'Die Anmeldung ist geschlossen.';
    case 'waitlist':
      return `Nur noch Warteliste. ${deadlineText(data)}.`;
    case 'open':
      return `${deadlineText(data)}.`;
  }
}

export interface CalendarOptions {
  /** The site's public address, e.g. https://www.example.org/ */
  site: URL;
  name: string;
  /** When this calendar file was made: DTSTAMP of every event, and the moment the registration state is read at. */
  now: Date;
}

/**
 * An iCalendar file for the given seminars. Times are written in UTC (…Z), which every
 * calendar shows in its own time zone; that avoids shipping a VTIMEZONE definition.
 * The UID is `<slug>@<hostname>`, so a re-published or cancelled seminar updates the same entry.
 */
export function seminarCalendar(seminars: CalendarSeminar[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Servicestelle Kommunen in der Einen Welt', product: 'Seminarkalender', language: 'DE' },
    url: new URL('/seminare/', options.site).href,
  });
  for (const { id, data } of seminars) {
    const url = new URL(`/seminare/${id}/`, options.site).href;
    const cancelled = data.status === 'cancelled';
    calendar.createEvent({
      id: `${id}@${options.site.hostname}`,
      start: new Date(data.start),
      end: new Date(data.end),
      stamp: options.now,
      summary: cancelled ? `Abgesagt: ${data.title}` : data.title,
      description: [data.summary, registrationLine(data, options.now), `Details und Anmeldung: ${url}`].join('\n\n'),
      location: placeText(data),
      url,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      // A cancellation is a change of the same event; a higher sequence makes clients apply it.
      sequence: cancelled ? 1 : 0,
    });
  }
  return calendar.toString();
}
