/** German number and date formats as spreadsheets write them. */

const GROUPED = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN = /^\d+(,\d+)?$/;

/** „1.234,56“ or „1234,5“ → 1234.56; undefined if the text is not a German number. */
export function parseGermanNumber(text: string): number | undefined {
  const t = text.trim().replace(/\s/g, '');
  if (!GROUPED.test(t) && !PLAIN.test(t)) return undefined;
  return Number(t.replace(/\./g, '').replace(',', '.'));
}

/** Euros in German format → whole cents; undefined if not a number with at most two decimals. */
export function parseEuroCents(text: string): number | undefined {
  const t = text.trim().replace(/\s*€$/, '');
  const n = parseGermanNumber(t);
  if (n === undefined || /,\d{3,}$/.test(t)) return undefined;
  return Math.round(n * 100);
}

/** „31.03.2026“ → „2026-03-31“; undefined if no such day. */
export function parseGermanDate(text: string): string | undefined {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function formatGermanDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

const euro = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });
const plain = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

export const formatEuro = (cents: number) => euro.format(cents / 100);
/** For CSV: „1234,56“ without currency sign and grouping, as spreadsheets read it back. */
export const formatCentsPlain = (cents: number) => plain.format(cents / 100).replace(/\./g, '');
export const formatPercent = (share: number | undefined) => (share === undefined ? '–' : `${percent.format(share * 100)} %`);
