import type { Seminar } from '../../schemas/seminar';
import { registrationClosesAt, registrationState, type RegistrationState } from './dates';

const attendanceMode = {
  online: 'https://schema.org/OnlineEventAttendanceMode',
  praesenz: 'https://schema.org/OfflineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const;

/**
 * What a place costs to get, in schema.org's ItemAvailability terms, for each registration state
 * at build time (the daily build keeps it current): a waiting list is a back order; once
 * registration has closed or the seminar is over, no place can be had.
 */
const availability: Record<RegistrationState, string> = {
  open: 'https://schema.org/InStock',
  waitlist: 'https://schema.org/BackOrder',
  full: 'https://schema.org/SoldOut',
  closed: 'https://schema.org/OutOfStock',
  ended: 'https://schema.org/OutOfStock',
  cancelled: 'https://schema.org/Discontinued',
};

const isFree = (cost: string) => /^(kostenfrei|kostenlos)$/i.test(cost.trim());

/** A schema.org Event for one seminar at `now`; `url` is the seminar's page. */
export function seminarJsonLd(data: Seminar, url: string, organizerUrl: string, now: Date): Record<string, unknown> {
  const location: Record<string, unknown>[] = [];
  if (data.venue) {
    location.push({
      '@type': 'Place',
      name: data.venue.name,
      address: {
        '@type': 'PostalAddress',
        streetAddress: data.venue.street,
        postalCode: data.venue.postalCode,
        addressLocality: data.venue.city,
        addressCountry: 'DE',
      },
    });
  }
  if (data.format !== 'praesenz') {
    // The access link goes to registered participants only, so the public URL is the seminar page.
    location.push({ '@type': 'VirtualLocation', name: data.platform, url });
  }
  const registrationUrl = data.registrationUrl ?? url;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: data.title,
    description: data.summary,
    url,
    startDate: data.start,
    endDate: data.end,
    eventAttendanceMode: attendanceMode[data.format],
    eventStatus: data.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    location: location.length === 1 ? location[0] : location,
    organizer: { '@type': 'Organization', name: data.organizer, url: organizerUrl },
    ...(data.partners.length > 0 && {
      sponsor: data.partners.map((p) => ({ '@type': 'Organization', name: p.name, ...(p.url && { url: p.url }) })),
    }),
    audience: { '@type': 'Audience', audienceType: data.audience },
    inLanguage: 'de',
    isAccessibleForFree: isFree(data.cost),
    offers: {
      '@type': 'Offer',
      ...(isFree(data.cost) ? { price: 0 } : { description: data.cost }),
      priceCurrency: 'EUR',
      availability: availability[registrationState(data, now)],
      url: registrationUrl,
      validThrough: registrationClosesAt(data).toISOString(),
    },
  };
}
