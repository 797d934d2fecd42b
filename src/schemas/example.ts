import { z } from 'astro/zod';
import { authorityTypes, exampleKinds, placements, procedureTypes, sizeClasses } from '../vocab/examples';
import { dateOnly, lastChecked, matching, missing, pdfDocument, singleLine, slug, sources, strictObject, vocabEnum } from './fields';

const longText = (what: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(20, { error: 'ist zu kurz (mindestens 20 Zeichen)' })
    .max(1200, { error: 'ist zu lang (höchstens 1200 Zeichen)' })
    .describe(what);

export const cpvCode = z
  .string()
  .apply(matching, /^\d{8}-\d$/, 'muss ein CPV-Code wie 18110000-3 sein')
  .meta({ title: 'CPV-Code' });

/**
 * A practice example: a procurement, council decision or service instruction of a municipality,
 * as a source documents it (content/examples/<slug>.json).
 */
export const exampleSchema = strictObject({
  title: singleLine.trim().min(10).max(120).meta({ title: 'Titel' }).describe('Was beschafft oder beschlossen wurde, in eigenen Worten (10–120 Zeichen).'),
  kind: vocabEnum(exampleKinds, 'keine bekannte Art').meta({ title: 'Art' }).describe('Beschaffung, Rats- oder Kreistagsbeschluss oder Dienstanweisung.'),
  municipality: singleLine.trim().min(2).max(120).meta({ title: 'Kommune' }).describe('Name der Kommune, wie die Quelle ihn nennt.'),
  state: slug.meta({ title: 'Bundesland' }).describe('Das Land der Kommune (Eintrag in „Bundesländer“).'),
  authorityType: vocabEnum(authorityTypes, 'keine bekannte Art der Kommune')
    .meta({ title: 'Art der Kommune' })
    .describe('Stadt, Gemeinde, Landkreis oder kommunales Unternehmen.'),
  sizeClass: vocabEnum(sizeClasses, 'keine bekannte Größenklasse')
    .meta({ title: 'Größenklasse', formDefault: 'unknown' })
    .describe('Nach Einwohnerzahl; „Größe unbekannt“, solange keine Quelle sie nennt.'),
  productGroups: z
    .array(slug)
    .min(1, { error: 'braucht mindestens eine Produktgruppe' })
    .meta({ title: 'Produktgruppen' })
    .describe('Eine oder mehrere Produktgruppen.'),
  product: singleLine
    .trim()
    .min(2)
    .max(300)
    .optional()
    .meta({ title: 'Produkt', widget: 'string' })
    .describe('Was genau beschafft wurde, z. B. „Dienstjacken“. Bei Beschlüssen leer lassen.'),
  cpv: z.array(cpvCode).optional().meta({ title: 'CPV-Codes' }).describe('Nur CPV-Codes, die eine Quelle nennt, mit Prüfziffer (12345678-9).'),
  year: z.number({ error: 'muss eine Jahreszahl sein' }).int().min(1990).max(2100).meta({ title: 'Jahr' }).describe('Jahr der Vergabe oder des Beschlusses.'),
  labels: z.array(slug).default([]).meta({ title: 'Gütezeichen' }).describe('Gütezeichen, die gefordert oder als Nachweis anerkannt wurden.'),
  criteria: longText('Was gefordert war: Gütezeichen, Kriterien, Art des Nachweises, in eigenen Worten.').meta({ title: 'Anforderungen' }),
  placement: z
    .array(vocabEnum(placements, 'keine bekannte Stelle im Verfahren'))
    .default([])
    .meta({ title: 'Stelle im Verfahren' })
    .describe('Wo die Anforderung stand; leer, wenn die Quelle es nicht sagt.'),
  procedure: vocabEnum(procedureTypes, 'keine bekannte Verfahrensart')
    .meta({ title: 'Verfahrensart', formDefault: 'unknown' })
    .describe('Art des Vergabeverfahrens; „Kein Vergabeverfahren“ bei Beschlüssen.'),
  volume: singleLine
    .trim()
    .min(2)
    .max(300)
    .optional()
    .meta({ title: 'Auftragsvolumen', widget: 'string' })
    .describe('Wie die Quelle es angibt, z. B. „rund 120.000 Euro pro Jahr“.'),
  outcome: longText('Was dabei herauskam, auch Lehren aus Problemen, in eigenen Worten.').meta({ title: 'Ergebnis' }),
  councilDecision: strictObject({
    date: dateOnly.optional().meta({ title: 'Datum' }).describe('Tag des Beschlusses; leer, wenn die Quelle nur das Jahr nennt.'),
    title: singleLine.trim().min(3).max(300).meta({ title: 'Titel', widget: 'string' }).describe('Titel oder Gegenstand des Beschlusses.'),
  })
    .optional()
    .meta({ title: 'Ratsbeschluss' })
    .describe('Der Beschluss, auf dem die Beschaffung beruht oder der selbst das Beispiel ist.'),
  documents: z.array(pdfDocument).default([]).meta({ title: 'Dokumente' }).describe('Vergabeunterlagen oder Beschlüsse als PDF.'),
  contact: singleLine
    .trim()
    .min(3)
    .max(200)
    .optional()
    .meta({ title: 'Ansprechstelle', widget: 'string' })
    .describe('Eine Stelle oder Funktion, z. B. „Zentrale Vergabestelle“, nie der Name einer Person.'),
  sources,
  lastChecked,
}).describe('Ein Praxisbeispiel einer Kommune.');

export type Example = z.infer<typeof exampleSchema>;
