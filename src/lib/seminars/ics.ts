import ical, { escape, ICalEventStatus } from 'ical-generator';
import type { Seminar } from '../../schemas/seminar';
import { withoutControlCharacters } from '../plain-text';
import { placeText } from './place';
import { registrationState } from './dates';
import { deadlineText } from './format';
import { routes } from '../routes';
import { revisionOf, type Revision } from './revision';

/** Text for an iCalendar value. JavaScript parsers (node-ical among them) end a line at U+2028/U+2029, so those become line breaks, which the library escapes. */
const clean = (text: string) => withoutControlCharacters(text).replace(/[\u2028\u2029]/g, '\n');

export interface CalendarSeminar {
  id: string;
  data: Seminar;
  /** Revisions of the entry (revision.ts); without it the event counts as first published now. */
  revision?: Revision;
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
  /** When this calendar file was made: the moment the registration state is read at, and DTSTAMP of events without a revision. */
  now: Date;
}

/**
 * An iCalendar file for the given seminars. Times are written in UTC (…Z), which every
 * calendar shows in its own time zone; that avoids shipping a VTIMEZONE definition.
 * The UID is `<slug>@<hostname>`, so a re-published or cancelled seminar updates the same entry.
 * Every text goes through ical-generator's escaping and line folding; control characters, which
 * iCalendar text may not hold, are dropped first.
 */
export function seminarCalendar(seminars: CalendarSeminar[], options: CalendarOptions): string {
  const calendar = ical({
    // ical-generator writes NAME and X-WR-CALNAME as given; its own escape makes them TEXT values.
    name: escape(clean(options.name), false),
    prodId: { company: 'Servicestelle Kommunen in der Einen Welt', product: 'Seminarkalender', language: 'DE' },
    url: new URL(routes.seminars, options.site).href,
  });
  for (const { id, data, revision: given } of seminars) {
    const url = new URL(routes.seminar(id), options.site).href;
    const cancelled = data.status === 'cancelled';
    const revision = given ?? revisionOf({ commits: [] }, options.now, cancelled);
    calendar.createEvent({
      id: `${id}@${options.site.hostname}`,
      start: new Date(data.start),
      end: new Date(data.end),
      // DTSTAMP and LAST-MODIFIED: when the entry last changed, so they grow with SEQUENCE.
      stamp: revision.lastModified,
      lastModified: revision.lastModified,
      summary: clean(cancelled ? `Abgesagt: ${data.title}` : data.title),
      description: clean([data.summary, registrationLine(data, options.now), `Details und Anmeldung: ${url}`].join('\n\n')),
      location: clean(placeText(data)),
      url,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      // Every change of the entry (new date, cancellation) raises it, so clients apply the change.
      sequence: Math.max(revision.sequence, cancelled ? 1 : 0),
    });
  }
  // RFC 5545 ends every content line, the last one included, with CRLF; ical-generator omits the final one.
  return `${calendar.toString()}\r\n`;
}
