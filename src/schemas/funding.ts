import { z } from 'astro/zod';
import { fundingStatuses } from '../vocab/common';
import { contactRef, dateOnly, lastChecked, metaDescription, missing, pageTitle, serviceLink, singleLine, sources, strictObject, vocabEnum } from './fields';

/**
 * A funding programme with the fixed fields used at the source
 * (Beschreibung, Antragshöhe, Antragsberechtigte, Antragstellung, Besonderheit).
 * The Markdown body is the description.
 * @example content/funding/kleinprojektefonds.md
 */
export const fundingSchema = strictObject({
  title: pageTitle.describe('Name des Förderprogramms.'),
  order: z.number().int().min(1).max(99).describe('Position in der Liste (1 = zuerst).'),
  summary: z.string({ error: missing }).trim().min(40).max(300).meta({ title: 'Kurzbeschreibung' }).describe('Ein Satz: was wird gefördert?'),
  description: metaDescription,
  amount: singleLine.trim().min(3).describe('Antragshöhe in Worten, z. B. „1.000 bis 20.000 Euro, bis zu 90 % der Kosten“.'),
  eligible: singleLine.trim().min(10).describe('Antragsberechtigte: wer darf einen Antrag stellen?'),
  howToApply: singleLine.trim().min(10).describe('Antragstellung: wie und wo wird beantragt?'),
  applicationLink: serviceLink
    .optional()
    .meta({ title: 'Antragsweg' })
    .describe('Die Seite, auf der der Antrag gestellt wird oder die den Weg dorthin beschreibt.'),
  notes: singleLine.trim().optional().describe('Besonderheit: was sonst wichtig ist (optional).'),
  status: vocabEnum(fundingStatuses, 'kein bekannter Status').describe('Kann derzeit ein Antrag gestellt werden?'),
  deadline: dateOnly.optional().describe('Nächste Antragsfrist, falls es eine feste gibt.'),
  deadlineNote: singleLine.trim().optional().describe('Erläuterung zur Frist, z. B. „in der Regel 15. Oktober“.'),
  contact: contactRef,
  sources,
  lastChecked,
});

export type Funding = z.infer<typeof fundingSchema>;
