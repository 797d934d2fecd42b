import Papa from 'papaparse';
import type { Purchase } from './model';
import { parseEuroCents, parseGermanDate, parseGermanNumber } from './german';
import { OTHER_PROOF, normalizeName, type Matcher } from './vocab';

/** The columns of the CSV format (docs/mein-kompass.md), as the header names them. */
export const csvColumns = ['Datum', 'Produktgruppe', 'Produkt', 'Betrag', 'Nachweis', 'Menge', 'Einheit', 'CPV', 'Lieferant', 'Vergabeart'] as const;
const required = ['Datum', 'Produktgruppe', 'Produkt', 'Betrag', 'Nachweis'] as const;

export interface RowProblem {
  /** Row of the record as a spreadsheet numbers it; the header is row 1. */
  row: number;
  column: string;
  message: string;
}

export type CsvPurchase = Omit<Purchase, 'id' | 'rev'>;

export interface CsvResult {
  /** Problems with the whole file (missing columns); no rows are read then. */
  fileErrors: string[];
  rows: { row: number; purchase: CsvPurchase }[];
  problems: RowProblem[];
}

/**
 * Reads purchases from a CSV file as spreadsheets write it: semicolons, UTF-8 with or without
 * BOM, a header row in any order and case. Every bad value is reported with line and column; a
 * row with a problem is left out, the others are returned for the user to confirm.
 */
export function parsePurchasesCsv(text: string, match: Matcher, equivalentNames: readonly string[] = []): CsvResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: false });
  const [header = [], ...records] = parsed.data;
  const canonical = new Map(csvColumns.map((c) => [c.toLowerCase(), c]));
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const name = canonical.get(h.trim().toLowerCase());
    if (name && !index.has(name)) index.set(name, i);
  });
  const missing = required.filter((c) => !index.has(c));
  if (missing.length > 0) {
    return { fileErrors: [`Es fehlen die Spalten ${missing.map((c) => `„${c}“`).join(', ')} in der Kopfzeile.`], rows: [], problems: [] };
  }
  const equivalents = new Set(equivalentNames.map(normalizeName));
  const rows: CsvResult['rows'] = [];
  const problems: RowProblem[] = [];
  // Rows count records, as a spreadsheet numbers its rows: a quoted line break stays in one row.
  records.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const get = (c: (typeof csvColumns)[number]) => {
      const at = index.get(c);
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    const rowProblems: RowProblem[] = [];
    const problem = (column: string, message: string) => rowProblems.push({ row, column, message });

    const dateText = get('Datum');
    const date = parseGermanDate(dateText);
    if (!date) problem('Datum', dateText ? `„${dateText}“ ist kein Datum im Format TT.MM.JJJJ` : 'fehlt');
    const groupText = get('Produktgruppe');
    const group = groupText ? match.group(groupText) : undefined;
    if (!group) problem('Produktgruppe', groupText ? `„${groupText}“ ist keine Produktgruppe der Website` : 'fehlt');
    const product = get('Produkt');
    if (!product) problem('Produkt', 'fehlt');
    else if (product.length > 200) problem('Produkt', 'ist länger als 200 Zeichen');
    const amountText = get('Betrag');
    const amountCents = parseEuroCents(amountText);
    if (amountCents === undefined) problem('Betrag', amountText ? `„${amountText}“ ist kein Betrag im deutschen Format wie 1.234,56` : 'fehlt');
    const proofText = get('Nachweis');
    let proof = '';
    if (proofText) {
      const label = match.label(proofText);
      if (label) proof = label;
      else if (normalizeName(proofText) === normalizeName(OTHER_PROOF)) proof = OTHER_PROOF;
      else if (equivalents.has(normalizeName(proofText))) proof = proofText;
      else problem('Nachweis', `„${proofText}“ ist weder ein Gütezeichen der Website noch ein gleichwertiger Nachweis aus Ihrer Liste noch „${OTHER_PROOF}“`);
    }
    const purchase: CsvPurchase = { date: date ?? '', group: group ?? '', product, amountCents: amountCents ?? 0, proof };
    const quantityText = get('Menge');
    if (quantityText) {
      const quantity = parseGermanNumber(quantityText);
      if (quantity === undefined || quantity <= 0) problem('Menge', `„${quantityText}“ ist keine Menge größer 0 im deutschen Format`);
      else purchase.quantity = quantity;
    }
    const cpv = get('CPV');
    if (cpv) {
      if (/^\d{8}(-\d)?$/.test(cpv)) purchase.cpv = cpv;
      else problem('CPV', `„${cpv}“ ist kein CPV-Code wie 18110000-3`);
    }
    for (const [column, key, max] of [
      ['Einheit', 'unit', 40],
      ['Lieferant', 'supplier', 200],
      ['Vergabeart', 'procedure', 100],
    ] as const) {
      const value = get(column);
      if (!value) continue;
      if (value.length > max) problem(column, `ist länger als ${max} Zeichen`);
      else purchase[key] = value;
    }
    if (rowProblems.length > 0) problems.push(...rowProblems);
    else rows.push({ row, purchase });
  });
  return { fileErrors: [], rows, problems };
}

/** A CSV file of rows, semicolon-separated with BOM, as German spreadsheets open it. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${Papa.unparse(
    rows.map((r) => r.map(String)),
    { delimiter: ';', newline: '\r\n' },
  )}\r\n`;
}

/** The template offered for download: the header and one example row. */
export function csvTemplate(exampleGroup: string, exampleLabel: string): string {
  return toCsv([
    [...csvColumns],
    ['15.03.2026', exampleGroup, 'Poloshirts für den Bauhof', '1.234,56', exampleLabel, '120', 'Stück', '18331000-8', 'Beispiel GmbH', 'Direktauftrag'],
  ]);
}
