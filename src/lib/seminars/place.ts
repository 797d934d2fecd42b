import type { Seminar } from '../../schemas/seminar';

type Where = Pick<Seminar, 'format' | 'platform' | 'venue'>;

/** "Rathaus München, Marienplatz 8, 80331 München" */
export function venueText(venue: NonNullable<Seminar['venue']>): string {
  return `${venue.name}, ${venue.street}, ${venue.postalCode} ${venue.city}`;
}

/** Place or platform in one line, for lists and calendar entries. */
export function placeText(s: Where): string {
  const online = s.platform ? `online (${s.platform})` : 'online';
  if (s.format === 'online') return online.charAt(0).toUpperCase() + online.slice(1);
  if (s.format === 'praesenz') return s.venue ? venueText(s.venue) : 'Ort folgt';
  return s.venue ? `${venueText(s.venue)} und ${online}` : online;
}

/** Short place for teasers: the city, or "Online". */
export function placeShort(s: Where): string {
  if (s.format === 'online') return s.platform ? `Online (${s.platform})` : 'Online';
  const city = s.venue?.city ?? '';
  return s.format === 'hybrid' ? `${city} und online` : city;
}
