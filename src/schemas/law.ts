import { z } from 'astro/zod';
import { dateOnly, externalUrl, lastChecked, singleLine, sources, strictObject } from './fields';

/** One paragraph of procurement law the site cites. */
export const normSchema = strictObject({
  citation: singleLine.trim().min(3).max(60).meta({ title: 'Zitierweise' }).describe('So wird die Vorschrift zitiert, z. B. „§ 34 VgV“.'),
  title: singleLine.trim().min(3).max(160).meta({ title: 'Überschrift' }).describe('Überschrift der Vorschrift in eigenen Worten oder wie im Normtext.'),
  scope: z
    .enum(['above', 'below', 'both'], { error: 'ist kein bekannter Geltungsbereich (erlaubt: above, below, both)' })
    .meta({
      title: 'Geltungsbereich',
      labels: { above: 'oberhalb der EU-Schwellenwerte', below: 'unterhalb der EU-Schwellenwerte', both: 'ober- und unterhalb' },
    })
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
  vgv59: normSchema.meta({ title: '§ 59 VgV' }),
  vgv61: normSchema.meta({ title: '§ 61 VgV' }),
  gwb128: normSchema.meta({ title: '§ 128 GWB' }),
  uvgo24: normSchema.meta({ title: '§ 24 UVgO' }),
  uvgo43: normSchema.meta({ title: '§ 43 UVgO' }),
  vobEu7a: normSchema.meta({ title: '§ 7a EU VOB/A' }),
  vob7a: normSchema.meta({ title: '§ 7a VOB/A' }),
}).describe('Vorschriften, die die Website zitiert.');

export type Norm = z.infer<typeof normSchema>;
export type Norms = z.infer<typeof normsSchema>;
export type NormKey = keyof Norms;

const euro = z
  .number({ error: 'muss ein Betrag in Euro sein' })
  .int()
  .min(0)
  .meta({ title: 'Betrag (Euro, netto)' })
  .describe('Betrag in Euro ohne Umsatzsteuer.');
const legalBasis = singleLine
  .trim()
  .min(5)
  .max(300)
  .meta({ title: 'Rechtsgrundlage', widget: 'string' })
  .describe('Vorschrift oder Rechtsakt mit Datum, z. B. „Delegierte Verordnung (EU) 2025/2152 vom 22.10.2025“.');
const note = z.string().trim().min(5).max(600).optional().meta({ title: 'Hinweis' }).describe('Was dazu zu beachten ist, nur soweit eine Quelle es sagt.');

/** One EU threshold, valid for a period. */
export const euThresholdSchema = strictObject({
  title: singleLine.trim().min(5).max(160).meta({ title: 'Auftragsart' }).describe('Wofür der Schwellenwert gilt.'),
  amount: euro,
  validFrom: dateOnly.meta({ title: 'Gilt ab' }).describe('Erster Tag der Geltung.'),
  validUntil: dateOnly.meta({ title: 'Gilt bis' }).describe('Letzter Tag der Geltung.'),
  previous: euro.optional().meta({ title: 'Vorheriger Betrag' }).describe('Der Betrag der vorigen Periode, zum Vergleich.'),
  legalBasis,
  note,
  sources,
  lastChecked,
});

/** A national value limit below the EU thresholds (direct award, simplified procedures). */
export const valueLimitSchema = strictObject({
  title: singleLine.trim().min(5).max(160).meta({ title: 'Wertgrenze' }).describe('Welche Wertgrenze, z. B. „Direktauftrag (Liefer- und Dienstleistungen)“.'),
  scope: singleLine
    .trim()
    .min(3)
    .max(160)
    .meta({ title: 'Für wen' })
    .describe('Für welche Auftraggeber die Grenze gilt, z. B. „Brandenburg: Land und Kommunen“.'),
  amount: euro.optional(),
  text: singleLine.trim().min(3).max(300).meta({ title: 'Angabe', widget: 'string' }).describe('Die Grenze in Worten, wie die Quelle sie angibt.'),
  planned: z.boolean().default(false).meta({ title: 'Nur geplant' }).describe('Angekündigt oder im Verfahren, noch nicht in Kraft.'),
  legalBasis,
  note,
  sources,
  lastChecked,
});

/**
 * The EU thresholds and national value limits, declared once: the legal-frame page, the tender
 * wording and later tools read them from here (src/lib/law/thresholds.ts).
 * @example content/law/thresholds.json
 */
export const thresholdsSchema = strictObject({
  eu: strictObject({
    works: euThresholdSchema.meta({ title: 'Bauaufträge und Konzessionen' }),
    suppliesSubCentral: euThresholdSchema.meta({ title: 'Liefer- und Dienstleistungen: Länder und Kommunen' }),
    suppliesCentral: euThresholdSchema.meta({ title: 'Liefer- und Dienstleistungen: oberste und obere Bundesbehörden' }),
    socialServices: euThresholdSchema.meta({ title: 'Soziale und andere besondere Dienstleistungen' }),
    sectorSupplies: euThresholdSchema.meta({ title: 'Sektoren: Liefer- und Dienstleistungen' }),
  }).meta({ title: 'EU-Schwellenwerte' }),
  national: z.array(valueLimitSchema).default([]).meta({ title: 'Nationale Wertgrenzen' }).describe('Wertgrenzen unterhalb der EU-Schwellenwerte.'),
}).describe('Schwellenwerte und Wertgrenzen.');

export type EuThreshold = z.infer<typeof euThresholdSchema>;
export type ValueLimit = z.infer<typeof valueLimitSchema>;
export type Thresholds = z.infer<typeof thresholdsSchema>;

/** A public tool for a step of the procurement (e.g. a calculator), with who publishes it and where it is described. */
export const toolSchema = strictObject({
  title: singleLine.trim().min(3).max(160).meta({ title: 'Name des Werkzeugs' }).describe('Wie das Werkzeug heißt, z. B. „LCC-CO₂-Tool“.'),
  url: externalUrl.meta({ title: 'Webadresse' }).describe('Die Seite, auf der das Werkzeug angeboten oder beschrieben wird.'),
  publisher: singleLine.trim().min(3).max(160).meta({ title: 'Herausgeber' }).describe('Wer das Werkzeug herausgibt, z. B. „Umweltbundesamt“.'),
  note: z
    .string()
    .trim()
    .min(5)
    .max(600)
    .meta({ title: 'Beschreibung' })
    .describe('Wofür das Werkzeug dient und wann es hilft, nur soweit eine Quelle es sagt.'),
  sources,
  lastChecked,
});

/**
 * Tools the site links for a step of the procurement, declared once by fixed key because code
 * (the Vergabeassistent) refers to them: `lcc` is the life-cycle cost calculator.
 * @example content/law/tools.json
 */
export const toolsSchema = strictObject({
  lcc: toolSchema.meta({ title: 'Lebenszykluskosten' }),
}).describe('Werkzeuge für die Vergabe.');

export type Tool = z.infer<typeof toolSchema>;
export type Tools = z.infer<typeof toolsSchema>;
