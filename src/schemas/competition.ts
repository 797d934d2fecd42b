import { z } from 'astro/zod';
import { awardCategories, bundeslaender, roundStatuses } from '../vocab/common';
import { dateOnly, lastChecked, missing, singleLine, sources, strictObject, vocabEnum } from './fields';

export const awardSchema = strictObject({
  municipality: singleLine.trim().min(2).optional().describe('Ausgezeichnete Kommune, z. B. „Landkreis Fürth“. Leer lassen, wenn noch nicht bekannt.'),
  land: z.enum(bundeslaender, { error: 'ist kein Bundesland' }).optional().describe('Bundesland der Kommune, falls bekannt.'),
  category: vocabEnum(awardCategories, 'keine bekannte Kategorie').describe('Wertung, in der der Preis vergeben wurde.'),
  place: z.number().int().min(1).max(5).optional().describe('Platz 1 bis 5. Leer bei Sonderpreisen.'),
  prizeName: singleLine.trim().min(2).optional().describe('Name des Sonderpreises, z. B. „Publikumspreis“. Leer bei Platzierungen.'),
  amount: z
    .number({ error: 'muss eine Zahl sein' })
    .int({ error: 'muss ein ganzer Eurobetrag sein' })
    .nonnegative({ error: 'darf nicht negativ sein' })
    .optional()
    .describe('Preisgeld in Euro, ohne Punkt und Komma. Leer lassen, wenn nicht bekannt.'),
});

/**
 * One round of the competition „Hauptstadt des Fairen Handels“ with all its awards.
 * The round's total prize money is always computed from the awards.
 * @example content/competition/2025.json
 */
export const competitionRoundSchema = strictObject({
  year: z.number().int().min(2003).max(2100).describe('Jahr der Wettbewerbsrunde, z. B. 2025. Bestimmt die Adresse /wettbewerb/2025/.'),
  status: vocabEnum(roundStatuses, 'kein bekannter Status').describe(
    'Stand der Runde. Bei „Bewerbung läuft“ zeigt die Wettbewerbsseite, dass Bewerbungen möglich sind.',
  ),
  summary: z
    .string({ error: missing })
    .trim()
    .min(20)
    .meta({ title: 'Kurzbeschreibung' })
    .describe('Zwei, drei Sätze zur Runde: Besonderheiten, Schwerpunkte.'),
  applicationStart: dateOnly.optional().describe('Beginn der Bewerbungsphase, falls bekannt.'),
  applicationEnd: dateOnly.optional().describe('Bewerbungsschluss, falls bekannt.'),
  ceremonyDate: dateOnly.optional().describe('Tag der Preisverleihung, falls bekannt.'),
  ceremonyPlace: singleLine.trim().optional().describe('Ort der Preisverleihung, z. B. „Altes Rathaus München“.'),
  entrants: z.number().int().nonnegative().optional().describe('Zahl der teilnehmenden Kommunen, falls bekannt.'),
  entrantsNote: singleLine.trim().optional().describe('Ergänzung zur Teilnahme, z. B. „aus allen 16 Ländern“.'),
  awards: z.array(awardSchema).describe('Alle vergebenen Preise dieser Runde.'),
  sources,
  lastChecked,
}).superRefine((round, ctx) => {
  round.awards.forEach((award, i) => {
    if (award.place === undefined && !award.prizeName) {
      ctx.addIssue({ code: 'custom', path: ['awards', i, 'place'], message: 'braucht einen Platz oder den Namen eines Sonderpreises' });
    }
  });
  if (round.applicationStart && round.applicationEnd && round.applicationStart > round.applicationEnd) {
    ctx.addIssue({ code: 'custom', path: ['applicationEnd'], message: 'liegt vor dem Beginn der Bewerbungsphase' });
  }
});

export type CompetitionRound = z.infer<typeof competitionRoundSchema>;
export type Award = z.infer<typeof awardSchema>;
