import { z } from 'astro/zod';

// German default messages for every schema check; our own messages override them where set.
z.config(z.locales.de());

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** YAML front matter turns unquoted dates into Date objects; keep everything as YYYY-MM-DD text. */
function dateToText(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

export function isRealCalendarDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date without time, written YYYY-MM-DD. */
export const dateOnly = z.preprocess(
  dateToText,
  z
    .string({ error: 'muss ein Datum im Format JJJJ-MM-TT sein' })
    .regex(DATE_ONLY, { error: 'muss ein Datum im Format JJJJ-MM-TT sein' })
    .refine(isRealCalendarDate, { error: 'ist kein gültiges Kalenderdatum' }),
).meta({ format: 'date' });

const DATE_TIME_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for a real calendar day and clock time with an explicit offset (no 30 February, no 25:00). */
export function isDateTimeWithOffset(text: string): boolean {
  const m = DATE_TIME_WITH_OFFSET.exec(text);
  if (!m) return false;
  const [hour, minute] = [Number(m[4]), Number(m[5])];
  return isRealCalendarDate(`${m[1]}-${m[2]}-${m[3]}`) && hour < 24 && minute < 60 && !Number.isNaN(Date.parse(text));
}

const DATE_TIME_MESSAGE = 'muss Datum und Uhrzeit mit Zeitzone enthalten, z. B. 2027-02-10T09:00:00+01:00';

/**
 * A point in time with its offset, e.g. 2027-02-10T09:00:00+01:00; the CMS's date-and-time
 * picker writes it this way. Astro's YAML parser turns such unquoted values into Date objects
 * (and forgets the offset); those come back as ISO text in UTC, which still names its offset (Z),
 * so the build and the content check agree.
 */
export const dateTimeWithOffset = z
  .preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value),
    z
      .string({ error: DATE_TIME_MESSAGE })
      .regex(DATE_TIME_WITH_OFFSET, { error: DATE_TIME_MESSAGE, abort: true })
      .refine(isDateTimeWithOffset, { error: 'ist kein gültiger Zeitpunkt' }),
  )
  .meta({ format: 'date-time' });

/** A slug as used in file names and URLs: lowercase letters, digits and hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten' });

export const httpUrl = z.url({ protocol: /^https?$/, error: 'muss eine vollständige Webadresse sein (https://…)' });

export const email = z.email({ error: 'muss eine gültige E-Mail-Adresse sein' });

/** A site-internal path such as /angebote/ or an absolute web address. */
export const link = z.union([
  z.string().regex(/^\/[^\s]*$/, { error: 'muss mit / beginnen' }),
  httpUrl,
]);

export const sources = z
  .array(httpUrl.meta({ title: 'Webadresse' }))
  .min(1, { error: 'braucht mindestens eine Quelle' })
  .meta({ title: 'Quellen' })
  .describe('Webadressen, auf denen die Angaben geprüft wurden. Mindestens eine.');

export const lastChecked = dateOnly.meta({ title: 'Zuletzt geprüft' }).describe('Wann die Angaben zuletzt an den Quellen geprüft wurden (JJJJ-MM-TT).');

/** Field holding the slug of a contact in content/contacts. The content check resolves it. */
export const contactRef = slug.meta({ title: 'Kontakt' }).describe(
  'Ansprechperson für Rückfragen. Muss eine vorhandene Kontaktperson sein (Dateiname in „Kontakte“).',
);

export const pageTitle = z
  .string({ error: 'fehlt' })
  .trim()
  .min(3, { error: 'ist zu kurz (mindestens 3 Zeichen)' })
  .max(120, { error: 'ist zu lang (höchstens 120 Zeichen)' });

export const metaDescription = z
  .string({ error: 'fehlt' })
  .trim()
  .min(50, { error: 'ist zu kurz (mindestens 50 Zeichen)' })
  .max(200, { error: 'ist zu lang (höchstens 200 Zeichen)' })
  .meta({ title: 'Beschreibung für Suchmaschinen' })
  .describe('Kurze Beschreibung für Suchmaschinen und Vorschauen, ein bis zwei Sätze (50–200 Zeichen).');

/**
 * An uploaded picture with its alternative text. Editors upload into content/media/ (the CMS
 * stores `media/<file>`); the build turns it into responsive AVIF/WebP sizes with sharp.
 */
export const image = z
  .object({
    src: z
      .string({ error: 'fehlt' })
      .regex(/^media\/[^/\s]+\.(?:jpe?g|png|webp|avif)$/i, { error: 'muss ein hochgeladenes Bild sein (JPEG, PNG, WebP oder AVIF)' })
      .meta({ title: 'Bilddatei', widget: 'image' })
      .describe('Bild hochladen oder aus der Medienbibliothek wählen (JPEG, PNG, WebP oder AVIF).'),
    alt: z
      .string({ error: 'fehlt: Jedes Bild braucht einen Alternativtext' })
      .trim()
      .min(5, { error: 'ist zu kurz (mindestens 5 Zeichen)' })
      .max(250, { error: 'ist zu lang (höchstens 250 Zeichen)' })
      .meta({ title: 'Alternativtext' })
      .describe('Was zeigt das Bild? Ein Satz für Menschen, die es nicht sehen. Pflicht, sobald ein Bild gesetzt ist.'),
  })
  .meta({ title: 'Bild' });

/** One or two sentences shown in teaser lists and feeds. */
export const teaserSummary = z
  .string({ error: 'fehlt' })
  .trim()
  .min(40, { error: 'ist zu kurz (mindestens 40 Zeichen)' })
  .max(300, { error: 'ist zu lang (höchstens 300 Zeichen)' });
