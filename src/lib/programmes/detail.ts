import type { Contact } from '../../schemas/contact';
import type { Programme } from '../../schemas/programme';
import { contactCard, type ContactCardView } from '../contacts/card';
import { formatDate } from '../format';

type SeminarOf = { data: { relatedProgramme?: string } };

/** Everything an offering's page and its CMS preview show, decided once. */
export interface ProgrammeDetail<S extends SeminarOf> {
  title: string;
  summary: string;
  facts: { label: string; value: string }[];
  audience: string;
  howToTakePart: string;
  /** The services the offering's text names, each with the day its link was checked. */
  links: { text: string; href: string; checked: string }[];
  /** Upcoming seminars shown on the page (the site only): all for the seminar offering, otherwise its own. */
  seminars?: { heading: string; items: S[] };
  contact?: ContactCardView;
}

export interface ProgrammeDetailContext<S extends SeminarOf> {
  /** The offering's file name and the upcoming seminars (the site only). */
  id?: string;
  upcoming?: readonly S[];
  /** The offering's contact (the preview has it once the relation field has loaded it). */
  contact?: Contact;
}

/** The offering whose page lists every upcoming seminar. */
const SEMINAR_OFFERING = 'seminare';

type ProgrammeFields = Pick<Programme, 'title' | 'summary' | 'audience' | 'howToTakePart'> & {
  keyFacts: { label?: string; value?: string }[];
  links?: { title?: string; url?: string; lastChecked?: string }[];
};

export function programmeDetail<S extends SeminarOf>(p: ProgrammeFields, context: ProgrammeDetailContext<S> = {}): ProgrammeDetail<S> {
  const { id, upcoming = [] } = context;
  const seminars = id ? upcoming.filter((s) => id === SEMINAR_OFFERING || s.data.relatedProgramme === id) : [];
  return {
    title: p.title,
    summary: p.summary,
    // A half-filled form may hold rows without label or value yet.
    facts: p.keyFacts.filter((f) => f.label || f.value).map((f) => ({ label: f.label ?? '', value: f.value ?? '' })),
    audience: p.audience,
    howToTakePart: p.howToTakePart,
    links: (p.links ?? [])
      .filter((l) => l.title && l.url)
      .map((l) => ({
        text: l.title!,
        href: l.url!,
        checked: /^\d{4}-\d{2}-\d{2}$/.test(l.lastChecked ?? '') ? `Link geprüft am ${formatDate(l.lastChecked!)}` : '',
      })),
    seminars: seminars.length ? { heading: id === SEMINAR_OFFERING ? 'Alle kommenden Termine' : 'Kommende Termine', items: seminars } : undefined,
    contact: context.contact && contactCard(context.contact, 'Kontakt zu diesem Angebot'),
  };
}
