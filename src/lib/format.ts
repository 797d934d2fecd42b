const dateFormat = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const euroFormat = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const numberFormat = new Intl.NumberFormat('de-DE');

/** "2025-10-29" → "29. Oktober 2025". Date-only values carry no time zone, so read them as UTC. */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** 220000 → "220.000 €" */
export function formatEuro(amount: number): string {
  return euroFormat.format(amount);
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}
