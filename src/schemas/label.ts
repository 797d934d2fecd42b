import { z } from 'astro/zod';
import {
  allCriteria,
  coverage,
  focusLevel,
  labelStatuses,
  labelTypes,
  supplyChainStages,
  tenderPlacements,
  verificationTypes,
  vgvConditions,
  vgvStatus,
  warningKinds,
} from '../vocab/labels';
import { dateOnly, externalUrl, lastChecked, singleLine, slug, sources, strictObject, vocabEnum } from './fields';

const coverageValue = vocabEnum(coverage, 'kein bekannter Wert')
  // A new label in the CMS starts with every value unknown; editors set only what a source confirms.
  .meta({ formDefault: 'unknown' })
  .describe('Nur setzen, was eine Quelle belegt; sonst „unbekannt“ lassen.');

/** An object with one required coverage value per key of a vocabulary. */
function coverageMap<T extends Record<string, string>>(vocab: T) {
  return strictObject(
    Object.fromEntries(Object.entries(vocab).map(([key, label]) => [key, coverageValue.meta({ title: label }).describe(label)])) as {
      [K in keyof T]: typeof coverageValue;
    },
  );
}

const vgvValue = vocabEnum(vgvStatus, 'kein bekannter Wert').meta({ formDefault: 'unknown' });

export const labelSchema = strictObject({
    name: singleLine.trim().min(2).max(80).describe('Name des Gütezeichens, wie er auf Produkten steht.'),
    issuer: singleLine.trim().min(2).max(160).meta({ title: 'Herausgeber' }).describe('Wer das Gütezeichen herausgibt oder trägt (Organisation).'),
    status: vocabEnum(labelStatuses, 'kein bekannter Status').meta({ title: 'Status' }).describe('„Aktiv“, solange das Gütezeichen vergeben wird.'),
    summary: z
      .string()
      .trim()
      .min(40)
      .max(400)
      .meta({ title: 'Kurzbeschreibung' })
      .describe('Kurzbeschreibung in eigenen Worten, zwei bis drei Sätze (40–400 Zeichen).'),
    productGroups: z
      .array(slug)
      .min(1, { error: 'braucht mindestens eine Produktgruppe' })
      .describe('Produktgruppen, für die das Gütezeichen vergeben wird, zu wählen aus „Produktgruppen“.'),
    labelType: vocabEnum(labelTypes, 'keine bekannte Art').describe('Art des Gütezeichens.'),
    verification: vocabEnum(verificationTypes, 'keine bekannte Prüfart').meta({ title: 'Prüfung', formDefault: 'unknown' }).describe('Wie die Einhaltung überprüft wird.'),
    focus: strictObject({
        social: vocabEnum(focusLevel, 'keine bekannte Stufe').meta({ title: 'Soziale Kriterien', formDefault: 'unknown' }).describe('Soziale Kriterien: Schwerpunkt, teilweise, nein oder unbekannt.'),
        environmental: vocabEnum(focusLevel, 'keine bekannte Stufe').meta({ title: 'Umweltkriterien', formDefault: 'unknown' }).describe('Umweltkriterien: Schwerpunkt, teilweise, nein oder unbekannt.'),
      })
      .meta({ title: 'Ausrichtung' })
      .describe('Gesamtausrichtung des Gütezeichens.'),
    criteria: coverageMap(allCriteria).meta({ title: 'Kriterien' }).describe('Welche Kriterien das Gütezeichen abdeckt. Was keine Quelle belegt, bleibt „unbekannt“.'),
    supplyChain: coverageMap(supplyChainStages).meta({ title: 'Lieferkette' }).describe('Welche Stufen der Lieferkette die Anforderungen erreichen.'),
    vgv: strictObject(
        Object.fromEntries(
          Object.entries(vgvConditions).map(([key, label]) => [key, vgvValue.meta({ title: `Bedingung ${key.slice(1)}` }).describe(`Nr. ${key.slice(1)}: ${label}`)]),
        ) as { [K in keyof typeof vgvConditions]: typeof vgvValue },
      )
      .meta({ title: 'Bedingungen des § 34 Abs. 2 VgV' })
      .describe('Bedingungen des § 34 Abs. 2 VgV, je „erfüllt“, „teilweise erfüllt“, „nicht erfüllt“ oder „nicht geprüft“.'),
    notes: z.string().trim().max(1000).optional().describe('Weitere belegte Angaben, z. B. Mindestanteile oder Stufen.'),
    assessments: z
      .array(
        strictObject({
          by: singleLine.trim().min(2).meta({ title: 'Bewertet von' }).describe('Wer bewertet hat, z. B. „Siegelklarheit“.'),
          verdict: singleLine.trim().min(2).meta({ title: 'Urteil' }).describe('Das Urteil in den Worten der bewertenden Stelle.'),
          url: externalUrl.describe('Quelle der Bewertung.'),
          date: dateOnly.optional().describe('Datum der Bewertung, wenn bekannt.'),
        }),
      )
      .default([])
      .meta({ title: 'Externe Bewertungen' })
      .describe('Externe Bewertungen mit Quelle.'),
    warnings: z
      .array(
        strictObject({
          kind: vocabEnum(warningKinds, 'keine bekannte Art').describe('Art des Hinweises.'),
          text: z.string().trim().min(10).max(600).meta({ title: 'Hinweistext' }).describe('Der Hinweis in eigenen Worten.'),
        }),
      )
      .default([])
      .describe('Hinweise für Beschaffende, z. B. Urteile, wenige zertifizierte Produkte am Markt.'),
    tenderText: strictObject(
        Object.fromEntries(
          Object.entries(tenderPlacements).map(([key, label]) => [
            key,
            z.string().trim().min(20).max(1500).optional().meta({ title: label }).describe(`Eigener Textbaustein: ${label}. Leer = Standardtext.`),
          ]),
        ) as { [K in keyof typeof tenderPlacements]: z.ZodOptional<z.ZodString> },
      )
      .optional()
      .describe('Eigene Textbausteine für die Ausschreibung. Leer gelassen, erzeugt die Website neutrale Standardtexte.'),
    sources,
    lastChecked,
  })
  .describe('Ein Gütezeichen mit seinen Kriterien, seiner Prüfung und den Bedingungen des § 34 VgV.');

export type Label = z.infer<typeof labelSchema>;
