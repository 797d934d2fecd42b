import { z } from 'astro/zod';
import {
  assessmentRatings,
  assessors,
  coverage,
  criteriaGroups,
  environmentalCriteria,
  focusLevel,
  labelStatuses,
  labelTypes,
  livingWageValues,
  socialCriteria,
  supplyChainStages,
  verificationTypes,
  vgvConditions,
  vgvStatus,
  warningKinds,
  credibilityCriteria,
  ADDRESSED_VALUES,
} from '../vocab/labels';
import { dateOnly, externalUrl, lastChecked, matching, missing, singleLine, slug, sources, strictObject, vocabEnum } from './fields';

/** A date as precise as the source states it: YYYY, YYYY-MM or YYYY-MM-DD. */
const partialDate = z
  .string({ error: missing })
  .apply(
    matching,
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'muss ein Jahr (2017), Jahr und Monat (2017-03) oder Jahr, Monat und Tag mit Bindestrichen sein',
  );

/**
 * One source for one fact: where it says so, and when we checked it there. `of` names the fact in
 * every form label, so each input says which value it belongs to (the CMS shows dozens of them).
 */
function evidenceFor(of: string) {
  return strictObject({
    url: externalUrl.meta({ title: `${of}: Beleg-Adresse` }).describe('Die Seite, die den Wert belegt.'),
    note: z
      .string()
      .trim()
      .max(300)
      .optional()
      .meta({ title: `${of}: Notiz zum Beleg` })
      .describe('Kurz, wo es steht oder was unsicher ist, z. B. „Standard 2023, Kap. 3“ oder „unsicher: Quelle von 2015“.'),
    checked: dateOnly.meta({ title: `${of}: Beleg geprüft am` }).describe('Wann der Wert an der Quelle geprüft wurde.'),
  }).meta({ title: 'Beleg' });
}

export function evidenceList(of: string) {
  return z
    .array(evidenceFor(of))
    .min(1, { error: 'braucht mindestens einen Beleg' })
    .meta({ title: `${of}: Belege` })
    .describe('Quellen, die diesen Wert belegen. Pflicht, sobald der Wert nicht „unbekannt“ ist.');
}

export const evidenceSchema = evidenceFor('Wert');
export type Evidence = z.infer<typeof evidenceSchema>;

const NEEDS_EVIDENCE = 'fehlt: Ein Wert außer „unbekannt“ braucht mindestens einen Beleg';
const UNKNOWN_WITHOUT_EVIDENCE = 'ist nicht erlaubt: Ein unbekannter Wert hat keinen Beleg. Beleg entfernen oder den belegten Wert setzen';

/**
 * A fact with its evidence: `{ value, evidence }`. A value other than "unknown" needs at least
 * one source; "unknown" carries none, so "known" and "sourced" cannot drift apart.
 */
function fact<T extends Record<string, string>>(vocab: T, title: string, description: string, what = 'kein bekannter Wert') {
  return strictObject({
    // A new label in the CMS starts with every value unknown; editors set only what a source confirms.
    value: vocabEnum(vocab, what)
      .meta({ title: `${title}: Wert`, formDefault: 'unknown' })
      .describe(description),
    evidence: evidenceList(title).optional(),
  })
    .superRefine((f, ctx) => {
      if (f.value !== 'unknown' && !f.evidence) ctx.addIssue({ code: 'custom', path: ['evidence'], message: NEEDS_EVIDENCE });
      if (f.value === 'unknown' && f.evidence) ctx.addIssue({ code: 'custom', path: ['evidence'], message: UNKNOWN_WITHOUT_EVIDENCE });
    })
    .meta({ title })
    .describe(description);
}

const COVERAGE_HINT =
  '„Teilweise“ heißt: nur in einem Teil der Lieferkette, nur als Ziel, oder die Quellen sind uneins (in der Notiz des Belegs sagen, was). Nur setzen, was eine Quelle belegt; sonst „unbekannt“.';

/** One coverage fact per key of a vocabulary, in vocabulary order. */
function coverageFacts<T extends Record<string, string>>(vocab: T) {
  return Object.fromEntries(Object.entries(vocab).map(([key, label]) => [key, fact(coverage, label, COVERAGE_HINT)])) as {
    [K in keyof T]: ReturnType<typeof fact<typeof coverage>>;
  };
}

const { livingWage: livingWageTitle, ...otherSocial } = socialCriteria;
const socialFacts = coverageFacts(otherSocial);

export const criteriaSchema = strictObject({
  ...(Object.fromEntries(
    Object.keys(socialCriteria).map((key) => [
      key,
      key === 'livingWage'
        ? fact(
            livingWageValues,
            livingWageTitle,
            '„Mit Zeitplan angestrebt“, wenn der Standard einen Fahrplan festlegt; „nicht verlangt“, wenn er z. B. nur den Mindestlohn fordert. Sonst „unbekannt“.',
          )
        : socialFacts[key as keyof typeof otherSocial],
    ]),
  ) as typeof socialFacts & { livingWage: ReturnType<typeof fact<typeof livingWageValues>> }),
  ...coverageFacts(environmentalCriteria),
  ...coverageFacts(credibilityCriteria),
})
  .meta({ title: 'Kriterien' })
  .describe('Welche Kriterien das Gütezeichen abdeckt, je mit Beleg. Unbekanntes bleibt „unbekannt“.');

const VGV_NEEDS_REASON = 'fehlt: Ein Wert außer „nicht geprüft“ braucht eine Begründung in einem Satz';

const vgvCell = (key: string, label: string) =>
  strictObject({
    value: vocabEnum(vgvStatus, 'kein bekannter Wert')
      .meta({ title: `Bedingung ${key.slice(1)}: Wert`, formDefault: 'unknown' })
      .describe('Wie eine Quelle die Bedingung beurteilt; ohne Quelle „nicht geprüft“.'),
    reason: z
      .string()
      .trim()
      .min(10)
      .max(400)
      .optional()
      .meta({ title: `Bedingung ${key.slice(1)}: Begründung` })
      .describe('Warum, in einem Satz. Pflicht, sobald der Wert nicht „nicht geprüft“ ist.'),
    evidence: evidenceList(`Bedingung ${key.slice(1)}`).optional(),
  })
    .superRefine((c, ctx) => {
      if (c.value === 'unknown') {
        if (c.evidence) ctx.addIssue({ code: 'custom', path: ['evidence'], message: UNKNOWN_WITHOUT_EVIDENCE });
        if (c.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'ist nicht erlaubt: Eine nicht geprüfte Bedingung hat keine Begründung' });
        return;
      }
      if (!c.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: VGV_NEEDS_REASON });
      if (!c.evidence) ctx.addIssue({ code: 'custom', path: ['evidence'], message: NEEDS_EVIDENCE });
    })
    .meta({ title: `Bedingung ${key.slice(1)}` })
    .describe(`Nr. ${key.slice(1)}: ${label}`);

export const assessmentSchema = strictObject({
  by: vocabEnum(assessors, 'keine bekannte bewertende Stelle').meta({ title: 'Bewertet von' }).describe('Wer bewertet hat.'),
  byName: singleLine.trim().min(2).max(120).optional().meta({ title: 'Name der Stelle' }).describe('Nur bei „andere Stelle“: wer bewertet hat.'),
  verdict: singleLine
    .trim()
    .min(2)
    .max(160)
    .meta({ title: 'Urteil' })
    .describe('Das Urteil in den Worten der bewertenden Stelle, kurz, z. B. „Sehr gute Wahl“ oder „8 von 9 Punkten“.'),
  rating: vocabEnum(assessmentRatings, 'keine bekannte Einstufung')
    .meta({ title: 'Einstufung' })
    .describe('Aus dem Wortlaut des Urteils abgeleitet (Regel in der Anleitung für die Redaktion); nur Punkte ohne Urteil: „ohne Gesamturteil“.'),
  category: singleLine
    .trim()
    .min(2)
    .max(120)
    .optional()
    .meta({ title: 'Bewertete Produktgruppe' })
    .describe('Für welche Produktgruppe das Urteil gilt, wenn die Stelle das angibt.'),
  dimensions: z
    .array(
      strictObject({
        name: singleLine.trim().min(2).max(80).meta({ title: 'Bereich' }).describe('z. B. „Glaubwürdigkeit“.'),
        value: singleLine.trim().min(1).max(80).meta({ title: 'Wert' }).describe('Wie angegeben, z. B. „93 %“.'),
      }),
    )
    .optional()
    .meta({ title: 'Teilergebnisse' })
    .describe('Werte je Bereich, wie die Stelle sie angibt.'),
  asOf: partialDate.optional().meta({ title: 'Stand der Bewertung' }).describe('Wann bewertet wurde, so genau wie die Quelle es sagt: Jahr, Monat oder Tag.'),
  secondary: z.boolean().optional().meta({ title: 'Aus zweiter Hand' }).describe('Berichtet von jemand anderem als der bewertenden Stelle.'),
  url: externalUrl.meta({ title: 'Quelle der Bewertung' }).describe('Webadresse, unter der die Bewertung steht.'),
  checked: dateOnly.meta({ title: 'Bewertung geprüft am' }).describe('Wann die Bewertung an der Quelle geprüft wurde.'),
})
  .superRefine((a, ctx) => {
    if (a.by === 'other' && !a.byName)
      ctx.addIssue({ code: 'custom', path: ['byName'], message: 'fehlt: Bei „andere Stelle“ den Namen der bewertenden Stelle angeben' });
    if (a.by !== 'other' && a.byName) ctx.addIssue({ code: 'custom', path: ['byName'], message: 'ist nur bei „andere Stelle“ erlaubt' });
  })
  .meta({ title: 'Bewertung' });

export type Assessment = z.infer<typeof assessmentSchema>;

/** The criteria groups whose values decide a focus area. */
const focusGroups = { social: criteriaGroups.social.criteria, environmental: criteriaGroups.environmental.criteria } as const;

export const labelSchema = strictObject({
  name: singleLine.trim().min(2).max(80).describe('Name des Gütezeichens, wie er auf Produkten steht.'),
  issuer: singleLine.trim().min(2).max(160).meta({ title: 'Herausgeber' }).describe('Wer das Gütezeichen herausgibt oder trägt (Organisation).'),
  status: vocabEnum(labelStatuses, 'kein bekannter Status')
    .meta({ title: 'Status' })
    .describe('„Aktiv“, solange das Zeichen vergeben wird; sonst „Nicht mehr aktiv“ und den Abschnitt dazu ausfüllen.'),
  inactive: strictObject({
    since: partialDate
      .meta({ title: 'Seit' })
      .describe('Seit wann, so genau wie die Quelle es sagt: das Jahr (2017), Jahr und Monat (2017-03) oder Jahr, Monat und Tag mit Bindestrichen.'),
    reason: z.string().trim().min(20).max(400).meta({ title: 'Grund' }).describe('Was passiert ist, in eigenen Worten (20–400 Zeichen).'),
    evidence: evidenceList('Nicht mehr aktiv'),
  })
    .optional()
    .meta({ title: 'Nicht mehr aktiv' })
    .describe('Nur bei Status „Nicht mehr aktiv“: seit wann, warum, mit Beleg.'),
  summary: z
    .string()
    .trim()
    .min(40)
    .max(400)
    .meta({ title: 'Kurzbeschreibung' })
    .describe('Kurzbeschreibung in eigenen Worten, zwei bis drei Sätze (40–400 Zeichen).'),
  productGroups: z.array(slug).min(1, { error: 'braucht mindestens eine Produktgruppe' }).describe('Produktgruppen, für die das Gütezeichen vergeben wird.'),
  products: strictObject({
    items: z
      .array(singleLine.trim().min(2).max(60).meta({ title: 'Produkt' }))
      .min(1, { error: 'braucht mindestens ein Produkt' })
      .meta({ title: 'Produkte' })
      .describe('Wie die Quelle sie nennt, je ein Wort oder eine kurze Bezeichnung, z. B. „Kaffee“, „Bananen“, „Laptops“.'),
    evidence: evidenceList('Produkte'),
  })
    .optional()
    .meta({ title: 'Produkte' })
    .describe(
      'Produkte, auf denen das Gütezeichen steht oder für die es vergeben wird, mit Beleg. Die Website-Suche findet das Gütezeichen unter diesen Wörtern; nur eintragen, was eine Quelle nennt.',
    ),
  labelType: vocabEnum(labelTypes, 'keine bekannte Art').describe('Art des Gütezeichens.'),
  verification: fact(verificationTypes, 'Prüfung', 'Wie die Einhaltung überprüft wird.', 'keine bekannte Prüfart'),
  focus: strictObject({
    social: vocabEnum(focusLevel, 'keine bekannte Stufe')
      .meta({ title: 'Soziale Kriterien', formDefault: 'unknown' })
      .describe('Soziale Kriterien: Schwerpunkt, teilweise, nein oder unbekannt.'),
    environmental: vocabEnum(focusLevel, 'keine bekannte Stufe')
      .meta({ title: 'Umweltkriterien', formDefault: 'unknown' })
      .describe('Umweltkriterien: Schwerpunkt, teilweise, nein oder unbekannt.'),
  })
    .meta({ title: 'Ausrichtung' })
    .describe(
      'Gesamtausrichtung. „Schwerpunkt“ oder „teilweise“ nur, wenn mindestens ein Kriterium der Gruppe belegt ist; „nein“ nur, wenn keines belegt ist.',
    ),
  criteria: criteriaSchema,
  supplyChain: strictObject(coverageFacts(supplyChainStages))
    .meta({ title: 'Lieferkette' })
    .describe('Welche Stufen der Lieferkette die Anforderungen erreichen, je mit Beleg.'),
  vgv: strictObject(
    Object.fromEntries(Object.entries(vgvConditions).map(([key, label]) => [key, vgvCell(key, label)])) as {
      [K in keyof typeof vgvConditions]: ReturnType<typeof vgvCell>;
    },
  )
    .meta({ title: 'Bedingungen des § 34 Abs. 2 VgV' })
    .describe('Die fünf Bedingungen, wie eine Quelle sie beurteilt; gesetzte Werte mit Begründung und Beleg.'),
  notes: z.string().trim().max(1000).optional().describe('Weitere belegte Angaben, z. B. Mindestanteile oder Stufen.'),
  assessments: z
    .array(assessmentSchema)
    .default([])
    .meta({ title: 'Externe Bewertungen' })
    .describe('Urteile anderer Stellen (Siegelklarheit, bewusstkaufen.at, Label-online …), je mit Quelle; widersprechen sie sich, jedes als eigener Eintrag.'),
  warnings: z
    .array(
      strictObject({
        kind: vocabEnum(warningKinds, 'keine bekannte Art').describe('Art des Hinweises.'),
        text: z.string().trim().min(10).max(600).meta({ title: 'Hinweistext' }).describe('Der Hinweis in eigenen Worten.'),
        evidence: evidenceList('Hinweis').optional(),
      }),
    )
    .default([])
    .describe('Hinweise für Beschaffende, z. B. Urteile, wenige zertifizierte Produkte am Markt.'),
  sources,
  lastChecked,
})
  .superRefine((label, ctx) => {
    if (label.status === 'inactive' && !label.inactive) {
      ctx.addIssue({ code: 'custom', path: ['inactive'], message: 'fehlt: Ein nicht mehr aktives Gütezeichen braucht „Seit“, „Grund“ und einen Beleg' });
    }
    if (label.status !== 'inactive' && label.inactive) {
      ctx.addIssue({ code: 'custom', path: ['inactive'], message: 'ist nur bei Status „Nicht mehr aktiv“ erlaubt' });
    }
    for (const [area, group] of Object.entries(focusGroups) as [keyof typeof focusGroups, Record<string, string>][]) {
      const level = label.focus[area];
      const addressed = Object.keys(group).some((k) => ADDRESSED_VALUES.has(label.criteria[k as keyof Label['criteria']].value));
      if ((level === 'main' || level === 'partly') && !addressed) {
        ctx.addIssue({
          code: 'custom',
          path: ['focus', area],
          message: `„${focusLevel[level]}“ widerspricht den Kriterien: Kein Kriterium der Gruppe „${criteriaGroups[area].label}“ ist als abgedeckt oder teilweise belegt. Kriterium mit Beleg setzen oder „unbekannt“ wählen`,
        });
      }
      if (level === 'no' && addressed) {
        ctx.addIssue({
          code: 'custom',
          path: ['focus', area],
          message: `„${focusLevel.no}“ widerspricht den Kriterien: Mindestens ein Kriterium der Gruppe „${criteriaGroups[area].label}“ ist belegt`,
        });
      }
    }
  })
  .describe('Ein Gütezeichen mit seinen Kriterien, seiner Prüfung und den Bedingungen des § 34 VgV, jeder Wert mit Beleg.');

export type Label = z.infer<typeof labelSchema>;
export type CriteriaFacts = Label['criteria'];
export type CoverageFact = Label['supplyChain']['rawMaterial'];
export type VgvCell = Label['vgv']['c1'];
