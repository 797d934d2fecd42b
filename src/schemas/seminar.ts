import { z } from 'astro/zod';
import { seminarFormats, seminarStatuses, seminarTopics } from '../vocab/seminars';
import {
  contactRef,
  dateOnly,
  dateTimeWithOffset,
  email,
  externalUrl,
  isDateTimeWithOffset,
  matching,
  metaDescription,
  pageTitle,
  singleLine,
  slug,
  strictObject,
  vocabEnum,
} from './fields';

const berlinDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

const text = (min: number) => singleLine.trim().min(min, { error: `ist zu kurz (mindestens ${min} Zeichen)` });

export const venueSchema = strictObject({
  name: text(2).describe('Name des Veranstaltungsorts, z. B. „Rathaus München, Großer Sitzungssaal“.'),
  street: text(3).describe('Straße und Hausnummer.'),
  postalCode: z
    .string({ error: 'fehlt' })
    .apply(matching, /^\d{5}$/, 'muss eine fünfstellige Postleitzahl sein')
    .describe('Postleitzahl (fünf Ziffern).'),
  city: text(2).describe('Ort.'),
  directions: singleLine
    .trim()
    .optional()
    .meta({ title: 'Anreise und Barrierefreiheit' })
    .describe('Hinweise zur Anreise oder Barrierefreiheit des Orts (optional).'),
});

/**
 * One seminar, event or meeting, written as Markdown: the body describes the contents.
 * Times carry an explicit offset and are shown in Europe/Berlin.
 * @example content/seminars/2027-02-10-grundlagenschulung-vergaberecht.md
 */
export const seminarSchema = strictObject({
  title: pageTitle.describe('Titel des Seminars, z. B. „Grundlagenschulung Vergaberecht Faire Beschaffung“.'),
  summary: z
    .string({ error: 'fehlt' })
    .trim()
    .min(40, { error: 'ist zu kurz (mindestens 40 Zeichen)' })
    .max(300, { error: 'ist zu lang (höchstens 300 Zeichen)' })
    .meta({ title: 'Kurzbeschreibung' })
    .describe('Ein bis zwei Sätze für die Seminarübersicht: worum geht es? (40–300 Zeichen)'),
  description: metaDescription,
  start: dateTimeWithOffset.meta({ title: 'Beginn' }).describe('Datum und Uhrzeit des Beginns in deutscher Zeit.'),
  end: dateTimeWithOffset.meta({ title: 'Ende' }).describe('Datum und Uhrzeit des Endes in deutscher Zeit. Muss nach dem Beginn liegen.'),
  format: vocabEnum(seminarFormats, 'kein bekanntes Format')
    .meta({ title: 'Format' })
    .describe('Online: Plattform angeben. Präsenz: Veranstaltungsort mit Adresse angeben. Hybrid: beides angeben.'),
  platform: singleLine
    .trim()
    .min(2)
    .optional()
    .meta({ title: 'Plattform' })
    .describe('Pflicht bei den Formaten Online und Hybrid: die Plattform, z. B. „Webex“. Den Zugangslink erhalten Angemeldete per E-Mail.'),
  venue: venueSchema
    .optional()
    .meta({ title: 'Veranstaltungsort' })
    .describe('Pflicht bei den Formaten Präsenz und Hybrid: Name, Straße, Postleitzahl und Ort.'),
  audience: text(10).describe('Zielgruppe, z. B. „Beschäftigte aus Vergabestellen von Städten, Gemeinden und Landkreisen“.'),
  topics: z
    .array(vocabEnum(seminarTopics, 'kein bekanntes Thema'))
    .min(1, { error: 'braucht mindestens ein Thema' })
    .describe('Themen des Seminars, mindestens eins. Nach ihnen kann die Seminarübersicht gefiltert werden.'),
  cost: text(3).default('kostenfrei').describe('Teilnahmekosten. Voreinstellung „kostenfrei“.'),
  travelCosts: singleLine
    .trim()
    .optional()
    .meta({ title: 'Reisekosten' })
    .describe('Hinweis zu Reisekosten, z. B. „Reisekosten werden anteilig erstattet“ (optional).'),
  status: vocabEnum(seminarStatuses, 'kein bekannter Status')
    .meta({ title: 'Status' })
    .describe('Ob die Anmeldung offen ist. Bei „Abgesagt“ sind Anmelde-Webadresse und Anmelde-E-Mail nicht nötig.'),
  statusNote: singleLine.trim().optional().describe('Erläuterung zum Status, z. B. der Grund einer Absage oder ein Ersatztermin (optional).'),
  registrationDeadline: dateOnly
    .optional()
    .meta({ title: 'Anmeldeschluss' })
    .describe(
      'Letzter Tag der Anmeldung (bis 23:59 Uhr deutscher Zeit). Darf nicht nach dem Seminartag liegen. Leer lassen, wenn bis zum Beginn angemeldet werden kann.',
    ),
  registrationUrl: externalUrl
    .optional()
    .meta({ title: 'Anmelde-Webadresse' })
    .describe('Webadresse des Anmeldeformulars (https://…). Anmelde-Webadresse oder Anmelde-E-Mail ist Pflicht, außer bei abgesagten Seminaren.'),
  registrationEmail: email
    .optional()
    .meta({ title: 'Anmelde-E-Mail' })
    .describe(
      'E-Mail-Adresse für Anmeldungen, falls es kein Formular gibt. Anmelde-Webadresse oder Anmelde-E-Mail ist Pflicht, außer bei abgesagten Seminaren.',
    ),
  organizer: text(3)
    .default('Servicestelle Kommunen in der Einen Welt (SKEW)')
    .describe('Veranstalter. Voreinstellung „Servicestelle Kommunen in der Einen Welt (SKEW)“.'),
  partners: z
    .array(
      strictObject({
        name: text(2).describe('Name der Partnerorganisation.'),
        url: externalUrl.optional().describe('Website der Partnerorganisation (optional).'),
      }),
    )
    .default([])
    .describe('Partnerorganisationen, die das Seminar mitgestalten (optional).'),
  agenda: z
    .array(
      strictObject({
        time: z
          .string({ error: 'fehlt' })
          .apply(matching, /^([01]\d|2[0-3]):[0-5]\d$/, 'muss eine Uhrzeit im Format HH:MM sein')
          .describe('Uhrzeit (deutsche Zeit), z. B. 09:00.'),
        item: text(3).describe('Programmpunkt.'),
      }),
    )
    .default([])
    .meta({ title: 'Ablauf' })
    .describe('Programmpunkte mit Uhrzeiten (optional). Ohne Ablauf beschreibt der Text die Inhalte.'),
  contact: contactRef,
  relatedProgramme: slug
    .optional()
    .meta({ title: 'Zugehöriges Angebot' })
    .describe('Zugehöriges Angebot aus „Angebote“ (optional). Das Seminar erscheint dann auch auf dessen Seite.'),
  productGroups: z
    .array(slug)
    .default([])
    .describe('Produktgruppen, um die es geht, zu wählen aus „Produktgruppen“. Die Seminarseite verlinkt dann die passenden Gütezeichen. Optional.'),
  sample: z
    .boolean({ error: 'muss ja oder nein sein' })
    .optional()
    .meta({ title: 'Beispieleintrag' })
    .describe(
      'Nur für erfundene Beispielseminare: Eingeschaltet hält die Website in der Vorschau, bis der Eintrag ersetzt oder gelöscht ist (Veröffentlichungsprüfung).',
    ),
}).superRefine((s, ctx) => {
  // Zod runs this even when single fields failed; each rule checks only values that are valid.
  const startOk = typeof s.start === 'string' && isDateTimeWithOffset(s.start);
  const endOk = typeof s.end === 'string' && isDateTimeWithOffset(s.end);
  if (startOk && endOk && Date.parse(s.end) <= Date.parse(s.start)) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'liegt nicht nach dem Beginn: Das Ende muss nach dem Beginn liegen.' });
  }
  if (startOk && typeof s.registrationDeadline === 'string' && s.registrationDeadline > berlinDay.format(new Date(s.start))) {
    ctx.addIssue({
      code: 'custom',
      path: ['registrationDeadline'],
      message: 'liegt nach dem Beginn: Der Anmeldeschluss darf nicht nach dem Seminartag liegen.',
    });
  }
  const formatLabel = seminarFormats[s.format];
  if (formatLabel) {
    if (s.format !== 'praesenz' && !s.platform) {
      ctx.addIssue({ code: 'custom', path: ['platform'], message: `fehlt: Für das Format „${formatLabel}“ braucht es die Plattform, z. B. „Webex“.` });
    }
    if (s.format !== 'online' && !s.venue) {
      ctx.addIssue({
        code: 'custom',
        path: ['venue'],
        message: `fehlt: Für das Format „${formatLabel}“ braucht es den Veranstaltungsort mit Straße, Postleitzahl und Ort.`,
      });
    }
  }
  if (s.status !== 'cancelled' && !s.registrationUrl && !s.registrationEmail) {
    ctx.addIssue({
      code: 'custom',
      path: ['registrationUrl'],
      message: 'fehlt: Geben Sie eine Anmelde-Webadresse oder eine Anmelde-E-Mail-Adresse an (außer bei abgesagten Seminaren).',
    });
  }
});

export type Seminar = z.infer<typeof seminarSchema>;
export type Venue = z.infer<typeof venueSchema>;
