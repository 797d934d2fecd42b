import { z } from 'astro/zod';
import { contactRef, metaDescription, pageTitle, image, serviceLink, singleLine, strictObject, teaserSummary } from './fields';

/**
 * One of the agency's offerings (Angebot), written as Markdown: the body says what it offers.
 * @example content/programmes/netzwerk-faire-beschaffung.md
 */
export const programmeSchema = strictObject({
  title: pageTitle.describe('Name des Angebots, z. B. „Netzwerk Faire Beschaffung“.'),
  order: z.number().int().min(1).max(99).describe('Position in Listen und in der Navigation (1 = zuerst).'),
  summary: teaserSummary.describe('Teaser für die Angebotsübersicht und die Startseite, ein bis zwei Sätze.'),
  description: metaDescription,
  audience: z.string({ error: 'fehlt' }).trim().min(20).describe('Für wen ist das Angebot? Ein kurzer Absatz.'),
  howToTakePart: z.string({ error: 'fehlt' }).trim().min(20).describe('Wie nimmt eine Kommune teil oder fragt das Angebot an? Ein kurzer Absatz.'),
  keyFacts: z
    .array(
      strictObject({
        label: singleLine.trim().min(2).describe('Bezeichnung, z. B. „Kosten“.'),
        value: singleLine.trim().min(1).describe('Wert, z. B. „kostenfrei“.'),
      }),
    )
    .max(8)
    .default([])
    .describe('Eckdaten als kurze Paare aus Bezeichnung und Wert (höchstens acht).'),
  links: z
    .array(serviceLink)
    .max(6)
    .default([])
    .meta({ title: 'Links zum Dienst' })
    .describe('Portal, Werkzeuge, Bewerbungs- oder Antragsweg, Kontaktseite: jeder Dienst, den der Text nennt, mit Prüfdatum.'),
  contact: contactRef,
  image: image
    .optional()
    .describe('Bild zum Angebot (optional). Wird neben der Einleitung gezeigt; der Alternativtext ist Pflicht, sobald ein Bild gesetzt ist.'),
});

export type Programme = z.infer<typeof programmeSchema>;
