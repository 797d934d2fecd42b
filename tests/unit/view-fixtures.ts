import { labelSchema, type Label } from '../../src/schemas/label';
import { allCriteria, supplyChainStages, vgvConditions } from '../../src/vocab/labels';

const all = <T extends string>(keys: Record<string, string>, value: T) => Object.fromEntries(Object.keys(keys).map((k) => [k, value]));

/** A made-up label, valid by the schema; `changes` override single fields. */
export function fixtureLabel(changes: Partial<Record<keyof Label, unknown>> = {}): Label {
  return labelSchema.parse({
    name: 'Testzeichen Faire Pflastersteine',
    issuer: 'Verein für Prüfzeichen e. V.',
    status: 'active',
    summary: 'Ein erfundenes Gütezeichen für Natursteine, das Arbeitsbedingungen in Steinbrüchen unabhängig prüft.',
    productGroups: ['natursteine', 'textilien'],
    labelType: 'product',
    verification: 'thirdParty',
    focus: { social: 'main', environmental: 'partly' },
    criteria: { ...all(allCriteria, 'unknown'), c29: 'yes', c138: 'yes', water: 'no' },
    supplyChain: { ...all(supplyChainStages, 'unknown'), rawMaterial: 'yes' },
    vgv: { ...all(vgvConditions, 'unknown'), c1: 'met', c2: 'partly' },
    notes: 'Geprüft wird jeder Steinbruch mindestens einmal im Jahr.',
    assessments: [{ by: 'Siegelprüfstelle', verdict: 'sehr gute Wahl', url: 'https://bewertung.example.org/testzeichen', date: '2036-02-01' }],
    warnings: [{ kind: 'market', text: 'Bisher tragen nur wenige Produkte das Zeichen.' }],
    sources: ['https://testzeichen.example.org/kriterien'],
    lastChecked: '2036-03-15',
    ...changes,
  });
}

export const fixtureGroupNames: Record<string, string> = { natursteine: 'Natursteine', textilien: 'Textilien und Bekleidung' };
