import { z } from 'astro/zod';
import { bindingValues, cemeteryRules, socialCriteriaStatuses, uvgoStatuses } from '../vocab/states';
import { dateOnly, evidence, externalUrl, matching, singleLine, slug, sources, strictObject, vocabEnum } from './fields';

const explanation = z
  .string({ error: 'fehlt' })
  .trim()
  .min(10, { error: 'ist zu kurz (mindestens 10 Zeichen)' })
  .max(2000, { error: 'ist zu lang (höchstens 2000 Zeichen)' })
  .meta({ title: 'Erläuterung' })
  .describe('Was die Quellen sagen, in eigenen Worten; nichts darüber hinaus.');

/**
 * The procurement law of one Land as far as sources say (content/states/<slug>.json): law,
 * social criteria, reach to municipalities, UVgO, cemetery rule on natural stone.
 */
export const stateSchema = strictObject({
  name: singleLine.trim().min(4).max(40).meta({ title: 'Name' }).describe('Name des Landes.'),
  abbreviation: z
    .string()
    .apply(matching, /^[A-Z]{2}$/, 'muss ein Kürzel aus zwei Großbuchstaben sein')
    .meta({ title: 'Kürzel' })
    .describe('Amtliches Kürzel, z. B. „NW“.'),
  law: strictObject({
    name: singleLine.trim().min(5).max(300).meta({ title: 'Name', widget: 'string' }).describe('Voller Name des Gesetzes.'),
    abbreviation: singleLine.trim().min(2).max(40).meta({ title: 'Abkürzung' }).describe('Abkürzung, z. B. „TVgG NRW“.'),
    version: singleLine.trim().min(4).max(300).meta({ title: 'Fassung', widget: 'string' }).describe('Fassung oder Datum, wie die Quelle es nennt.'),
    url: externalUrl.meta({ title: 'Gesetzestext' }).describe('Amtlicher Text oder die beste Quelle dafür.'),
  })
    .optional()
    .meta({ title: 'Vergabe- oder Tariftreuegesetz' })
    .describe('Leer lassen, wenn das Land kein solches Gesetz hat.'),
  socialCriteria: strictObject({
    status: vocabEnum(socialCriteriaStatuses, 'kein bekannter Status')
      .meta({ title: 'Status', formDefault: 'unknown' })
      .describe('Ob soziale Kriterien verpflichtend, Hinwirkungspflicht, möglich oder nicht geregelt sind.'),
    products: z.string().trim().min(3).max(600).optional().meta({ title: 'Produkte' }).describe('Für welche Produkte, wenn das Gesetz sie nennt.'),
    text: explanation,
    evidence,
  }).meta({ title: 'Soziale Kriterien und ILO-Kernarbeitsnormen' }),
  bindsMunicipalities: strictObject({
    value: vocabEnum(bindingValues, 'kein bekannter Wert')
      .meta({ title: 'Bindet Kommunen', formDefault: 'unknown' })
      .describe('Ob das Landesrecht die Kommunen bindet.'),
    text: explanation,
    evidence,
  }).meta({ title: 'Geltung für Kommunen' }),
  uvgo: strictObject({
    value: vocabEnum(uvgoStatuses, 'kein bekannter Wert')
      .meta({ title: 'UVgO für Kommunen', formDefault: 'unknown' })
      .describe('Wie das Land die UVgO für Kommunen anwendet.'),
    text: explanation,
    evidence,
  }).meta({ title: 'Unterschwellenvergabeordnung (UVgO)' }),
  cemeteryStone: strictObject({
    value: vocabEnum(cemeteryRules, 'kein bekannter Wert')
      .meta({ title: 'Regel', formDefault: 'unknown' })
      .describe('Ob das Friedhofs- oder Bestattungsrecht Grabsteine aus Kinderarbeit regelt.'),
    text: explanation,
    certificates: z.array(slug).default([]).meta({ title: 'Anerkannte Zertifikate' }).describe('Gütezeichen, die das Land als Nachweis nennt.'),
    evidence,
  }).meta({ title: 'Natursteine auf Friedhöfen' }),
  links: z
    .array(
      strictObject({
        title: singleLine.trim().min(3).max(200).meta({ title: 'Titel', widget: 'string' }).describe('Wie der Link heißt, z. B. „Gesetzestext“.'),
        url: externalUrl.meta({ title: 'Webadresse' }).describe('Amtlicher Text oder Portal.'),
      }),
    )
    .default([])
    .meta({ title: 'Links' })
    .describe('Amtliche Texte und Portale.'),
  uncertain: z.string().trim().min(10).max(2000).optional().meta({ title: 'Unsicher' }).describe('Was unsicher ist; steht sichtbar auf der Seite.'),
  sources,
  asOf: dateOnly.meta({ title: 'Stand' }).describe('Datum der neuesten Quelle, auf der der Eintrag beruht.'),
}).describe('Das Vergaberecht eines Landes.');

export type StateEntry = z.infer<typeof stateSchema>;
