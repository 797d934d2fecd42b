import { z } from 'astro/zod';
import { matching, singleLine, strictObject } from './fields';
import { evidenceList } from './label';

export const productGroupSchema = strictObject({
  name: singleLine.trim().min(3).max(60).describe('Name der Produktgruppe, wie er im Gütezeichenfinder steht.'),
  order: z.number().int().min(0).meta({ title: 'Reihenfolge' }).describe('Reihenfolge in Listen und Filtern (kleine Zahl zuerst).'),
  description: z
    .string()
    .trim()
    .min(40)
    .max(400)
    .meta({ title: 'Beschreibung' })
    .describe('Ein bis zwei Sätze: was zur Gruppe gehört und worauf Beschaffende achten.'),
  examples: z
    .array(singleLine.trim().min(2).meta({ title: 'Produkt' }))
    .default([])
    .describe('Typische Produkte, z. B. „Kaffee“, „Berufskleidung“.'),
  cpv: z
    .array(
      strictObject({
        code: z
          .string()
          .apply(matching, /^\d{8}-\d$/, 'muss ein CPV-Code wie 18110000-3 sein')
          .meta({ title: 'CPV-Code' })
          .describe('CPV-Code mit Prüfziffer.'),
        label: singleLine.trim().min(2).meta({ title: 'Bezeichnung' }).describe('Wofür der Code steht.'),
      }),
    )
    .default([])
    .meta({ title: 'CPV-Codes' })
    .describe('Beispielhafte CPV-Codes für die Ausschreibung.'),
  // Only what a source says: every risk carries at least one source, a group without sourced risks has none.
  risks: z
    .array(
      strictObject({
        text: z
          .string()
          .trim()
          .min(40)
          .max(400)
          .meta({ title: 'Beschreibung des Risikos' })
          .describe(
            'Ein bis zwei Sätze in eigenen Worten: welches soziale oder ökologische Risiko in welchem Teil der Lieferkette, so weit die Quelle es sagt.',
          ),
        evidence: evidenceList('Risiko').describe('Quellen, die dieses Risiko belegen, mindestens eine.'),
      }).meta({ title: 'Risiko' }),
    )
    .default([])
    .meta({ title: 'Risiken in der Lieferkette' })
    .describe('Die wichtigsten Risiken dieser Lieferkette, je mit Quelle. Nur aufnehmen, was eine Quelle belegt; ohne Quelle bleibt die Liste leer.'),
}).describe('Eine Produktgruppe des Gütezeichenfinders.');

export type ProductGroup = z.infer<typeof productGroupSchema>;
