import { z } from 'astro/zod';
import { newsTopics } from '../vocab/common';
import { contactRef, dateOnly, image, metaDescription, pageTitle, strictObject, teaserSummary, vocabEnum } from './fields';

/**
 * A news item (Aktuelles), written as Markdown.
 * @example content/news/2025-10-29-preisverleihung-muenchen.md
 */
export const newsSchema = strictObject({
  title: pageTitle.describe('Überschrift der Meldung.'),
  date: dateOnly.describe('Veröffentlichungsdatum. Bestimmt die Reihenfolge, neueste zuerst.'),
  summary: teaserSummary.describe('Anreißer für Listen und den RSS-Feed, ein bis zwei Sätze.'),
  description: metaDescription,
  topics: z
    .array(vocabEnum(newsTopics, 'kein bekanntes Thema'))
    .min(1, { error: 'braucht mindestens ein Thema' })
    .describe('Themen der Meldung, mindestens eins.'),
  contact: contactRef.optional(),
  image: image.optional().describe('Bild zur Meldung (optional). Wird über dem Text gezeigt; der Alternativtext ist Pflicht, sobald ein Bild gesetzt ist.'),
});

export type News = z.infer<typeof newsSchema>;
