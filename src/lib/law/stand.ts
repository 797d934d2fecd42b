/** How long a Land's „Stand“ counts as current; after that its page says it may be outdated. */
export const STAND_MAX_MONTHS = 12;

/**
 * Whether a „Stand“ (YYYY-MM-DD) lies more than `months` calendar months before `now`.
 * 2025-03-31 plus twelve months is 2026-03-31; the day after, it is stale.
 */
export function isStale(asOf: string, now: Date, months = STAND_MAX_MONTHS): boolean {
  const [y, m, d] = asOf.split('-').map(Number);
  if (!y || !m || !d) return false;
  const limit = new Date(Date.UTC(y, m - 1 + months, 1));
  // Clamp to the month's last day (31 March + 11 months is the end of February).
  const lastDay = new Date(Date.UTC(limit.getUTCFullYear(), limit.getUTCMonth() + 1, 0)).getUTCDate();
  limit.setUTCDate(Math.min(d, lastDay));
  return now.getTime() >= limit.getTime() + 24 * 60 * 60 * 1000;
}
