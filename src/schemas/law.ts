import { z } from 'astro/zod';
import { externalUrl, lastChecked, singleLine, sources, strictObject } from './fields';

/** One paragraph of procurement law the site cites. */
export const normSchema = strictObject({
  citation: singleLine.trim().min(3).max(60).meta({ title: 'Zitierweise' }).describe('So wird die Vorschrift zitiert, z. B. „§ 34 VgV“.'),
  title: singleLine.trim().min(3).max(160).meta({ title: 'Überschrift' }).describe('Überschrift der Vorschrift in eigenen Worten oder wie im Normtext.'),
  scope: z
    .enum(['above', 'below', 'both'], { error: 'ist kein bekannter Geltungsbereich (erlaubt: above, below, both)' })
    .meta({ title: 'Geltungsbereich', labels: { above: 'oberhalb der EU-Schwellenwerte', below: 'unterhalb der EU-Schwellenwerte', both: 'ober- und unterhalb' } })
    .describe('Ob die Vorschrift oberhalb oder unterhalb der EU-Schwellenwerte gilt.'),
  url: externalUrl.meta({ title: 'Normtext' }).describe('Adresse des Normtexts oder, wo es keinen amtlichen Online-Text gibt, der Quelle.'),
  note: z.string().trim().max(600).optional().meta({ title: 'Hinweis' }).describe('Was bei der Anwendung zu beachten ist, nur soweit eine Quelle es sagt.'),
  sources,
  lastChecked,
});

/**
 * The paragraphs the site cites by key, declared once: tender wording, the legal-frame pages and
 * later tools read their citation and link from here. The keys are fixed because code refers to them.
 * @example content/law/norms.json
 */
export const normsSchema = strictObject({
  vgv34: normSchema.meta({ title: '§ 34 VgV' }),
  vgv31: normSchema.meta({ title: '§ 31 VgV' }),
  vgv58: normSchema.meta({ title: '§ 58 VgV' }),
  vgv61: normSchema.meta({ title: '§ 61 VgV' }),
  gwb128: normSchema.meta({ title: '§ 128 GWB' }),
  uvgo24: normSchema.meta({ title: '§ 24 UVgO' }),
  vobEu7a: normSchema.meta({ title: '§ 7a EU VOB/A' }),
  vob7a: normSchema.meta({ title: '§ 7a VOB/A' }),
}).describe('Vorschriften, die die Website zitiert.');

export type Norm = z.infer<typeof normSchema>;
export type Norms = z.infer<typeof normsSchema>;
export type NormKey = keyof Norms;
