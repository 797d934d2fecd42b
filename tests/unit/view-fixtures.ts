import type { Contact } from '../../src/schemas/contact';
import type { Example } from '../../src/schemas/example';
import type { StateEntry } from '../../src/schemas/state';
import { labelSchema, type Label } from '../../src/schemas/label';
import { newsSchema, type News } from '../../src/schemas/news';
import { programmeSchema, type Programme } from '../../src/schemas/programme';
import { seminarSchema, type Seminar } from '../../src/schemas/seminar';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normsSchema, type Norms } from '../../src/schemas/law';
import { allCriteria, supplyChainStages, vgvConditions } from '../../src/vocab/labels';
import { root } from './helpers';

const unknownAll = (keys: Record<string, string>) => Object.fromEntries(Object.keys(keys).map((k) => [k, { value: 'unknown' }]));

/** Made-up evidence for a fixture value. */
export const fixtureEvidence = (page: string) => [{ url: `https://testzeichen.example.org/${page}`, checked: '2036-03-01' }];
const known = (value: string, page: string) => ({ value, evidence: fixtureEvidence(page) });

/** The cited paragraphs of the frozen fixture content. */
export const fixtureNorms: Norms = normsSchema.parse(JSON.parse(readFileSync(join(root, 'tests/fixtures/content/law/norms.json'), 'utf8')));

/** A made-up label, valid by the schema; `changes` override single fields. */
export function fixtureLabel(changes: Partial<Record<keyof Label, unknown>> = {}): Label {
  return labelSchema.parse({
    name: 'Testzeichen Faire Pflastersteine',
    issuer: 'Verein für Prüfzeichen e. V.',
    status: 'active',
    summary: 'Ein erfundenes Gütezeichen für Natursteine, das Arbeitsbedingungen in Steinbrüchen unabhängig prüft.',
    productGroups: ['natursteine', 'textilien'],
    labelType: 'product',
    verification: known('thirdParty', 'pruefung'),
    focus: { social: 'main', environmental: 'partly' },
    criteria: {
      ...unknownAll(allCriteria),
      c29: known('yes', 'standard'),
      c138: known('yes', 'standard'),
      chemicals: known('partly', 'chemie'),
      water: known('no', 'standard'),
    },
    supplyChain: { ...unknownAll(supplyChainStages), rawMaterial: known('yes', 'lieferkette') },
    vgv: {
      ...unknownAll(vgvConditions),
      c1: { value: 'met', reason: 'Alle Anforderungen betreffen die Herstellung der Steine.', evidence: fixtureEvidence('vgv') },
      c2: { value: 'partly', reason: 'Einige Anforderungen sind nur allgemein formuliert.', evidence: fixtureEvidence('vgv') },
    },
    notes: 'Geprüft wird jeder Steinbruch mindestens einmal im Jahr.',
    assessments: [
      {
        by: 'other',
        byName: 'Siegelprüfstelle',
        verdict: 'sehr gute Wahl',
        rating: 'recommended',
        asOf: '2036-02',
        url: 'https://bewertung.example.org/testzeichen',
        checked: '2036-03-01',
      },
    ],
    warnings: [{ kind: 'market', text: 'Bisher tragen nur wenige Produkte das Zeichen.' }],
    sources: ['https://testzeichen.example.org/kriterien'],
    lastChecked: '2036-03-15',
    ...changes,
  });
}

export const fixtureGroupNames: Record<string, string> = { natursteine: 'Natursteine', textilien: 'Textilien und Bekleidung' };

/** A made-up seminar, valid by the schema, far enough ahead that registration is open. */
export function fixtureSeminar(changes: Partial<Record<keyof Seminar, unknown>> = {}): Seminar {
  return seminarSchema.parse({
    title: 'Faire Beschaffung von Arbeitskleidung',
    summary: 'Wie Kommunen soziale Kriterien in die Ausschreibung von Arbeitskleidung aufnehmen.',
    description: 'Seminar für Vergabestellen: soziale Kriterien in der Ausschreibung von Arbeitskleidung, mit Beispielen.',
    start: '2036-03-10T09:00:00+01:00',
    end: '2036-03-10T12:30:00+01:00',
    format: 'hybrid',
    platform: 'Webex',
    venue: { name: 'Rathaus Bonn', street: 'Berliner Platz 2', postalCode: '53111', city: 'Bonn', directions: 'Barrierefreier Zugang über den Seiteneingang.' },
    audience: 'Beschäftigte aus Vergabestellen',
    topics: ['textilien', 'vergaberecht'],
    travelCosts: 'Reisekosten werden nicht erstattet.',
    status: 'open',
    registrationDeadline: '2036-03-03',
    registrationEmail: 'seminare@example.org',
    partners: [{ name: 'Netzwerk Faire Kleidung', url: 'https://netzwerk.example.org/' }, { name: 'Stadt Bonn' }],
    agenda: [
      { time: '09:00', item: 'Begrüßung' },
      { time: '10:30', item: 'Soziale Kriterien in der Leistungsbeschreibung' },
    ],
    contact: 'seminare',
    relatedProgramme: 'netzwerk',
    productGroups: ['textilien'],
    ...changes,
  });
}

/** A made-up news item, valid by the schema. */
export function fixtureNews(changes: Partial<Record<keyof News, unknown>> = {}): News {
  return newsSchema.parse({
    title: 'Neue Arbeitshilfe für faire Natursteine',
    date: '2036-02-20',
    summary: 'Eine erfundene Arbeitshilfe zeigt, wie Kommunen faire Natursteine ausschreiben können.',
    description: 'Arbeitshilfe für die Ausschreibung fairer Natursteine: Kriterien, Nachweise und Beispiele aus Kommunen.',
    topics: ['beschaffung', 'guetezeichen'],
    ...changes,
  });
}

/** A made-up offering, valid by the schema. */
export function fixtureProgramme(changes: Partial<Record<keyof Programme, unknown>> = {}): Programme {
  return programmeSchema.parse({
    title: 'Beratung Faire Beschaffung',
    order: 3,
    summary: 'Eine erfundene Beratung für Kommunen, die fair einkaufen wollen.',
    description: 'Beratung für Kommunen zur fairen Beschaffung: Kriterien, Ausschreibung und Gütezeichen, kostenfrei.',
    audience: 'Vergabestellen und Fachämter in Städten, Gemeinden und Landkreisen.',
    howToTakePart: 'Schreiben Sie uns eine E-Mail; wir melden uns innerhalb einer Woche.',
    links: [{ title: 'Anmeldung im Portal', url: 'https://example.org/portal', lastChecked: '2026-11-01' }],
    keyFacts: [
      { label: 'Kosten', value: 'kostenfrei' },
      { label: 'Dauer', value: 'ein halber Tag' },
    ],
    contact: 'beratung',
    ...changes,
  });
}

/** A made-up contact desk, as a relation field's metadata carries it. */
export const fixtureContact: Contact = {
  name: 'Team Faire Beschaffung',
  role: 'Beratung für Kommunen',
  email: 'beratung@example.org',
  phone: '+49 228 1234-56',
  hours: 'Montag bis Donnerstag, 10 bis 13 Uhr',
};

export function fixtureExample(changes: Partial<Record<keyof Example, unknown>> = {}): Example {
  return {
    title: 'Faire Arbeitskleidung für den Bauhof der Musterstadt',
    kind: 'procurement',
    municipality: 'Musterstadt',
    state: 'musterland',
    authorityType: 'city',
    sizeClass: 'medium',
    productGroups: ['textilien'],
    product: 'Warnschutzjacken und Hosen',
    cpv: ['18110000-3'],
    year: 2024,
    labels: ['testzeichen'],
    criteria: 'Gefordert war ein Testzeichen oder ein gleichwertiger Nachweis für die Konfektion.',
    placement: ['specification', 'awardCriterion'],
    procedure: 'publicTender',
    volume: 'rund 20.000 Euro',
    outcome: 'Drei Angebote gingen ein; der Zuschlag ging an einen Anbieter mit Testzeichen.',
    councilDecision: { date: '2023-05-04', title: 'Beschluss zur fairen Beschaffung' },
    documents: [{ title: 'Leistungsbeschreibung', file: 'media/leistung.pdf' }],
    contact: 'Zentrale Vergabestelle',
    sources: ['https://example.org/beispiel'],
    lastChecked: '2026-11-01',
    ...changes,
  } as Example;
}

export function fixtureState(changes: Partial<Record<keyof StateEntry, unknown>> = {}): StateEntry {
  const evidence = [{ url: 'https://example.org/gesetz', note: 'Gesetzestext', checked: '2026-11-01' }];
  return {
    name: 'Musterland',
    abbreviation: 'ML',
    law: { name: 'Vergabegesetz Musterland', abbreviation: 'VgG ML', version: 'Fassung vom 01.01.2024', url: 'https://example.org/gesetz' },
    socialCriteria: {
      status: 'effortDuty',
      products: 'Textilien und Natursteine',
      text: 'Auftraggeber wirken auf die Einhaltung der ILO-Kernarbeitsnormen hin.',
      evidence,
    },
    bindsMunicipalities: { value: 'yes', text: 'Das Gesetz gilt auch für Gemeinden und Kreise.', evidence },
    uvgo: { value: 'recommended', text: 'Den Kommunen wird die Anwendung empfohlen.', evidence },
    cemeteryStone: { value: 'rule', text: 'Friedhofsträger können Grabsteine aus Kinderarbeit ausschließen.', certificates: ['testzeichen'], evidence },
    links: [{ title: 'Gesetzestext', url: 'https://example.org/gesetz' }],
    uncertain: 'Ob die Verordnung fortgilt, ist nicht belegt.',
    sources: ['https://example.org/gesetz'],
    asOf: '2026-01-15',
    ...changes,
  } as StateEntry;
}
