import type { Contact } from '../../schemas/contact';
import type { Seminar } from '../../schemas/seminar';
import { contactCard, type ContactCardView } from '../contacts/card';
import { isDateTimeWithOffset } from '../../schemas/fields';
import { seminarFormats, seminarStatuses, seminarTopics } from '../../vocab/seminars';
import { listed, type DetailFact } from '../view-model';
import { seminarInstants, stateAt, type RegistrationState } from './dates';
import { deadlineDay, formatSeminarWhen } from './format';
import { registrationText, type RegistrationText } from './registration-text';
import { stateBadges } from './state-badges';
import { routes } from '../routes';

/** Everything the seminar page and its CMS preview show, decided once. */
export interface SeminarDetail {
  title: string;
  /** "Montag, 10. März 2036, 9:00 bis 12:30 Uhr"; empty while start and end are unfinished or the wrong way round. */
  when: string;
  summary: string;
  /** Registration state at `now`, its badge and box; none without valid times and status. */
  state?: RegistrationState;
  badge?: { label: string; variant: string };
  registration?: RegistrationText;
  facts: DetailFact[];
  agenda: { time: string; item: string }[];
  /** Calendar file of this seminar; only with its id. */
  ics?: { href: string; download: string };
  contact?: ContactCardView;
}

export interface SeminarDetailContext {
  /** The instant the state is computed for: the build time on the site, the present in the preview. */
  now: number;
  /** The seminar's file name, for the calendar link (the site only). */
  id?: string;
  /** The related offering, if any, and its address. */
  programme?: { text: string; href?: string };
  /** The product groups the seminar is about, by name. */
  productGroups: { text: string; href?: string }[];
  /** The seminar's contact; the preview has it once the form's relation field has loaded it. */
  contact?: Contact;
}

const fact = (label: string, ...lines: DetailFact['lines']): DetailFact => ({ label, lines });

export function seminarDetail(s: Seminar, context: SeminarDetailContext): SeminarDetail {
  // Half-filled CMS forms reach the builder too: no times, no state, and nothing derived from them.
  const timesValid = isDateTimeWithOffset(s.start) && isDateTimeWithOffset(s.end) && Date.parse(s.end) > Date.parse(s.start);
  const when = timesValid ? formatSeminarWhen(s.start, s.end) : '';
  const state = timesValid && s.status in seminarStatuses ? stateAt(seminarInstants(s), context.now) : undefined;
  const venue = s.venue;
  const facts: (DetailFact | false | undefined)[] = [
    when !== '' && fact('Termin', [`${when} (deutsche Zeit)`]),
    s.format in seminarFormats && fact('Format', [seminarFormats[s.format]]),
    venue &&
      s.format !== 'online' && {
        label: 'Ort',
        lines: [],
        address: [venue.name ?? '', venue.street ?? '', `${venue.postalCode ?? ''} ${venue.city ?? ''}`.trim()],
        note: venue.directions || undefined,
      },
    s.format !== 'praesenz' && !!s.platform && fact('Plattform', [`${s.platform}. Den Zugang erhalten Sie nach der Anmeldung per E-Mail.`]),
    fact('Zielgruppe', [s.audience]),
    fact('Themen', [s.topics.map((t) => seminarTopics[t] ?? t).join(', ')]),
    fact('Kosten', [s.cost], ...(s.travelCosts ? [[s.travelCosts]] : [])),
    s.status !== 'cancelled' && timesValid && fact('Anmeldeschluss', [`${deadlineDay(s)}${s.registrationDeadline ? ', 23:59 Uhr' : ''}`]),
    fact('Veranstalter', [s.organizer]),
    s.partners.length > 0 && fact('Partner', listed(s.partners.map((p) => ({ text: p.name, href: p.url })))),
    context.programme && fact('Gehört zu', listed([context.programme])),
    context.productGroups.length > 0 && fact('Passende Gütezeichen', listed(context.productGroups)),
  ];
  return {
    title: s.title,
    when,
    summary: s.summary,
    state,
    badge: state && stateBadges[state],
    registration: state && registrationText(s, state),
    facts: facts.filter((f): f is DetailFact => !!f),
    agenda: s.agenda.map((a) => ({ time: a.time ? `${a.time.replace(/^0/, '')} Uhr` : '', item: a.item ?? '' })),
    ics: context.id ? { href: routes.seminarCalendar(context.id), download: `${context.id}.ics` } : undefined,
    contact: context.contact && contactCard(context.contact, 'Fragen zum Seminar'),
  };
}
