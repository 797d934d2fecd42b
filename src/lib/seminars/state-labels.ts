import type { RegistrationState } from './dates';

/** How each registration state reads on a badge, and the KERN badge variant that carries it. */
export const stateBadges: Record<RegistrationState, { label: string; variant: 'success' | 'warning' | 'danger' | 'info' }> = {
  open: { label: 'Anmeldung möglich', variant: 'success' },
  waitlist: { label: 'Nur noch Warteliste', variant: 'warning' },
  full: { label: 'Ausgebucht', variant: 'warning' },
  closed: { label: 'Anmeldung geschlossen', variant: 'info' },
  cancelled: { label: 'Abgesagt', variant: 'danger' },
  ended: { label: 'Hat stattgefunden', variant: 'info' },
};
