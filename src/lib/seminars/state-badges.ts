import { seminarStatuses } from '../../vocab/seminars';
import type { RegistrationState } from './dates';

/**
 * How each registration state reads on a badge, and the KERN badge variant that carries it.
 * States that are also stored statuses read as the vocabulary says; the waiting list is stressed
 * ("Nur noch …") because on a badge it stands without explanation.
 */
export const stateBadges: Record<RegistrationState, { label: string; variant: 'success' | 'warning' | 'danger' | 'info' }> = {
  open: { label: seminarStatuses.open, variant: 'success' },
  waitlist: { label: 'Nur noch Warteliste', variant: 'warning' },
  full: { label: seminarStatuses.full, variant: 'warning' },
  closed: { label: 'Anmeldung geschlossen', variant: 'info' },
  cancelled: { label: seminarStatuses.cancelled, variant: 'danger' },
  ended: { label: 'Hat stattgefunden', variant: 'info' },
};
