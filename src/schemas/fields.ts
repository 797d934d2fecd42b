import { z } from 'astro/zod';
import { closest, distance } from 'fastest-levenshtein';
import { keysOf } from '../vocab/common';

// German default messages for every schema check; our own messages override them where set.
z.config(z.locales.de());

/**
 * An enum over a vocabulary's keys (key → German label). An unknown value is refused with
 * "ist <what> (erlaubt: a, b)"; the labels travel with the enum as metadata (`labels`), so the
 * CMS offers what visitors read. `what` carries the article: "kein bekannter Status".
 */
export function vocabEnum<T extends Record<string, string>>(vocab: T, what: string) {
  return z.enum(keysOf(vocab), { error: `ist ${what} (erlaubt: ${Object.keys(vocab).join(', ')})` }).meta({ labels: vocab });
}

/**
 * "fehlt" for an absent value only. Given as a plain string, zod would use it for every problem
 * of the field, so a text that is too long would also read "fehlt"; the rest keep zod's German messages.
 */
export const missing = (issue: { input: unknown }) => (issue.input === undefined ? 'fehlt' : undefined);

/** What the CMS form needs of a pattern besides its source: the German message and the flags. */
export interface PatternRule {
  message: string;
  flags?: string;
}

/**
 * `.regex()` for a rule the CMS form repeats while an editor types. The CMS configuration reads the
 * schemas as JSON Schema (z.toJSONSchema, admin/schema-reader.ts), which keeps a pattern's source
 * but neither its message nor its flags, so they travel as metadata (`patterns`, keyed by the
 * source). Use as `z.string().apply(matching, /^\d{5}$/, 'muss …')`.
 */
export function matching<T extends z.ZodString>(schema: T, regex: RegExp, message: string): T {
  const known = schema.meta()?.patterns as Record<string, PatternRule> | undefined;
  const rule: PatternRule = { message, ...(regex.flags ? { flags: regex.flags } : {}) };
  return schema.regex(regex, { error: message }).meta({ patterns: { ...known, [regex.source]: rule } });
}

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
export const dateOnly = z
  .preprocess(
    dateToText,
    z
      .string({ error: 'muss ein Datum im Format JJJJ-MM-TT sein' })
      .regex(DATE_ONLY, { error: 'muss ein Datum im Format JJJJ-MM-TT sein' })
      .refine(isRealCalendarDate, { error: 'ist kein gültiges Kalenderdatum' }),
  )
  .meta({ format: 'date' });

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
export const slug = z.string().apply(matching, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten');

const CONTROL_CHARACTERS = /[\p{Cc}\u2028\u2029]/u;

/** True for text without line breaks, tabs, NUL or other control characters (C0, DEL, C1, U+2028/2029). */
export function isSingleLine(text: string): boolean {
  return !CONTROL_CHARACTERS.test(text);
}

/**
 * Text on one line: titles, names, places, labels. A line break or control character would break
 * the formats such text lands in (iCalendar lines, CSV rows, feed titles, HTML attributes).
 * Chain `.trim()`, `.min()` … as on any string.
 */
export const singleLine = z
  .string({ error: missing })
  .refine(isSingleLine, { error: 'darf nur eine Zeile sein: keine Zeilenumbrüche, Tabulatoren oder anderen Steuerzeichen' });

/** File names and fields that would give an entry an address other than its file name. */
export const IDENTITY_KEYS = ['slug', 'id'];

/** „registrationDeadlne“ → „registrationDeadline“: the known field an unknown key was most likely meant to be. */
export function nearestField(key: string, known: string[]): string | undefined {
  if (known.length === 0) return undefined;
  const lower = key.toLowerCase();
  const match = closest(
    lower,
    known.map((k) => k.toLowerCase()),
  );
  const found = known.find((k) => k.toLowerCase() === match)!;
  return distance(lower, match) <= Math.max(2, Math.floor(key.length / 3)) ? found : undefined;
}

/** The editor's message for keys an object does not know. */
export function unknownKeysMessage(keys: string[], known: string[]): string {
  return keys
    .map((key) => {
      if (IDENTITY_KEYS.includes(key)) return `Feld „${key}“ ist nicht erlaubt: Die Adresse eines Eintrags ist allein sein Dateiname.`;
      const near = nearestField(key, known);
      return near ? `Unbekanntes Feld „${key}“ – meinten Sie „${near}“?` : `Unbekanntes Feld „${key}“ (bekannt sind: ${known.join(', ')}).`;
    })
    .join(' ');
}

/**
 * An object that refuses keys it does not know, so a misspelt field is an error instead of being
 * silently ignored. Every object in every schema is built with this (tests/unit/schema-rules.test.ts).
 */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys, Object.keys(shape)) : undefined),
  });
}

const HTTPS_MESSAGE = 'muss eine vollständige Webadresse sein (https://…)';
/** What the CMS form checks while an editor types; JSON Schema says only `format: uri`, without the protocol. */
const HTTPS_PATTERN = String.raw`^(?:https)://\S+$`;

/** A web address on another site; only https:, because http: links leak and can be rewritten on the way. */
export const externalUrl = z
  .url({ protocol: /^https$/, hostname: z.regexes.domain, error: HTTPS_MESSAGE })
  .refine((url) => isSingleLine(url) && !/\s/.test(url), { error: HTTPS_MESSAGE })
  .meta({ pattern: HTTPS_PATTERN, patterns: { [HTTPS_PATTERN]: { message: HTTPS_MESSAGE } } });

/**
 * A path on this site, e.g. /angebote/ or /media/dgs/inhalt.mp4. Refuses what a browser would take
 * to another host or scheme: //host, /\host (browsers read \ as /), and anything with a scheme.
 */
export const internalPath = z
  .string({ error: missing })
  .apply(matching, /^\/(?![/\\])[^\s\\]*$/, 'muss ein Pfad dieser Website sein, der mit einem einzelnen / beginnt (z. B. /angebote/)')
  .refine(isSingleLine, { error: 'darf keine Steuerzeichen enthalten' });

/** A link target: a path on this site or an https:// address elsewhere. */
export const linkField = z.union([internalPath, externalUrl], {
  error: 'muss ein Pfad dieser Website (z. B. /angebote/) oder eine vollständige Webadresse mit https:// sein',
});

const EMAIL_MESSAGE = 'muss eine gültige E-Mail-Adresse sein';
/** The message goes along with zod's e-mail pattern, which JSON Schema keeps (as `pattern`). */
export const email = z.email({ error: EMAIL_MESSAGE }).meta({ patterns: { [z.regexes.email.source]: { message: EMAIL_MESSAGE } } });

export const sources = z
  .array(externalUrl.meta({ title: 'Webadresse' }))
  .min(1, { error: 'braucht mindestens eine Quelle' })
  .meta({ title: 'Quellen' })
  .describe('Webadressen, auf denen die Angaben geprüft wurden. Mindestens eine.');

export const lastChecked = dateOnly.meta({ title: 'Zuletzt geprüft' }).describe('Wann die Angaben zuletzt an den Quellen geprüft wurden.');

/** Field holding the slug of a contact in content/contacts. The content check resolves it. */
export const contactRef = slug.meta({ title: 'Kontakt' }).describe('Ansprechperson für Rückfragen, zu wählen aus den Einträgen unter „Kontakte“.');

export const pageTitle = singleLine.trim().min(3, { error: 'ist zu kurz (mindestens 3 Zeichen)' }).max(120, { error: 'ist zu lang (höchstens 120 Zeichen)' });

export const metaDescription = z
  .string({ error: missing })
  .trim()
  .min(50, { error: 'ist zu kurz (mindestens 50 Zeichen)' })
  .max(200, { error: 'ist zu lang (höchstens 200 Zeichen)' })
  .meta({ title: 'Beschreibung für Suchmaschinen' })
  .describe('Kurze Beschreibung für Suchmaschinen und Vorschauen, ein bis zwei Sätze (50–200 Zeichen).');

/**
 * An uploaded picture with its alternative text. Editors upload into content/media/ (the CMS
 * stores `media/<file>`); the build turns it into responsive AVIF/WebP sizes with sharp.
 */
export const image = strictObject({
  src: z
    .string({ error: missing })
    .apply(matching, /^media\/[^/\s]+\.(?:jpe?g|png|webp|avif)$/i, 'muss ein hochgeladenes Bild sein (JPEG, PNG, WebP oder AVIF)')
    .meta({ title: 'Bilddatei', widget: 'image' })
    .describe('Bild hochladen oder aus der Medienbibliothek wählen (JPEG, PNG, WebP oder AVIF).'),
  alt: z
    .string({ error: 'fehlt: Jedes Bild braucht einen Alternativtext' })
    .trim()
    .min(5, { error: 'ist zu kurz (mindestens 5 Zeichen)' })
    .max(250, { error: 'ist zu lang (höchstens 250 Zeichen)' })
    .meta({ title: 'Alternativtext' })
    .describe('Was zeigt das Bild? Ein Satz für Menschen, die es nicht sehen. Pflicht, sobald ein Bild gesetzt ist.'),
}).meta({ title: 'Bild' });

/** One or two sentences shown in teaser lists and feeds. */
export const teaserSummary = z
  .string({ error: missing })
  .trim()
  .min(40, { error: 'ist zu kurz (mindestens 40 Zeichen)' })
  .max(300, { error: 'ist zu lang (höchstens 300 Zeichen)' });

/**
 * A PDF uploaded through the CMS into content/media/ (stored as `media/<file>.pdf`), with the title
 * visitors see on the link. The build publishes the file as uploaded (src/lib/media.ts).
 */
export const pdfDocument = strictObject({
  title: singleLine.trim().min(3).max(160).meta({ title: 'Titel', widget: 'string' }).describe('Wie das Dokument heißt, z. B. „Leistungsbeschreibung (PDF)“.'),
  file: z
    .string({ error: missing })
    .apply(matching, /^media\/[^/\s]+\.pdf$/i, 'muss eine hochgeladene PDF-Datei sein (media/<datei>.pdf)')
    .meta({ title: 'PDF-Datei', widget: 'file' })
    .describe('PDF hochladen oder aus der Medienbibliothek wählen. Vorher Namen und Kontaktdaten von Personen aus dem Dokument entfernen.'),
}).meta({ title: 'Dokument' });

/** A fact and the web addresses it rests on, each with the day it was checked. */
export const evidence = z
  .array(
    strictObject({
      url: externalUrl.meta({ title: 'Webadresse' }).describe('Wo die Angabe steht.'),
      note: z.string().trim().min(2).max(600).optional().meta({ title: 'Hinweis' }).describe('Was genau dort steht, z. B. der Paragraf.'),
      checked: dateOnly.meta({ title: 'Geprüft am' }).describe('Wann die Angabe dort geprüft wurde.'),
    }),
  )
  .default([])
  .meta({ title: 'Belege' })
  .describe('Quellen für genau diese Angabe, je mit Prüfdatum.');

/**
 * A link to a real service (portal, tool, application route, contact page) with the day it was
 * last checked, so a page never promises something it does not link and editors see when to re-check.
 */
export const serviceLink = strictObject({
  title: singleLine
    .trim()
    .min(3)
    .max(120)
    .meta({ title: 'Linktext' })
    .describe('Was die Seite hinter dem Link bietet, z. B. „Online-Bewerbung und Wettbewerbsseite“.'),
  url: externalUrl.meta({ title: 'Webadresse' }).describe('Adresse des Dienstes (https://…).'),
  lastChecked: dateOnly.meta({ title: 'Zuletzt geprüft' }).describe('Wann der Link zuletzt geprüft wurde.'),
}).meta({ title: 'Link' });
