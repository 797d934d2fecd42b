import type { TextPart } from '../view-model';
import type { RegistrationState } from './dates';
import { deadlineDay, deadlineText } from './format';
import { routes } from '../routes';

/** What the registration box of a seminar says; the detail page and the CMS preview render it. */
export interface RegistrationSeminar {
  title: string;
  start: string;
  registrationDeadline?: string;
  registrationUrl?: string;
  registrationEmail?: string;
  statusNote?: string;
}

export type { TextPart };

/** Open or waitlist: a button to register, with the deadline next to it. */
export interface RegistrationInvite {
  kind: 'invite';
  /** Why only the waiting list is left; only for the waiting list. */
  note?: string;
  deadline: string;
  /** Added to the deadline when a deadline day is set: that day counts in full. */
  deadlineTime: string;
  action: string;
  href: string;
  /** The address to write to when registration is by e-mail. */
  email?: string;
}

/** Any other state: a KERN alert saying why there is nothing to register for. */
export interface RegistrationNotice {
  kind: 'notice';
  variant: 'info' | 'warning' | 'danger';
  title: string;
  body: TextPart[];
}

export type RegistrationText = RegistrationInvite | RegistrationNotice;

export function registrationHref(s: RegistrationSeminar): string {
  return s.registrationUrl ?? `mailto:${s.registrationEmail ?? ''}?subject=${encodeURIComponent(`Anmeldung: ${s.title}`)}`;
}

/** The call to action (or the reason there is none) for a seminar in a given state. */
export function registrationText(s: RegistrationSeminar, state: RegistrationState): RegistrationText {
  switch (state) {
    case 'open':
    case 'waitlist': {
      const byMail = !s.registrationUrl;
      return {
        kind: 'invite',
        note: state === 'waitlist' ? (s.statusNote ?? 'Alle Plätze sind vergeben. Sie können sich auf die Warteliste setzen lassen.') : undefined,
        deadline: deadlineText(s),
        deadlineTime: s.registrationDeadline ? ' (bis 23:59 Uhr)' : '',
        action: state === 'waitlist' ? 'Auf die Warteliste setzen' : byMail ? 'Per E-Mail anmelden' : 'Jetzt anmelden',
        href: registrationHref(s),
        email: byMail ? s.registrationEmail : undefined,
      };
    }
    case 'full':
      return { kind: 'notice', variant: 'warning', title: 'Ausgebucht', body: [s.statusNote ?? 'Alle Plätze sind vergeben.'] };
    case 'closed':
      return {
        kind: 'notice',
        variant: 'info',
        title: 'Anmeldung geschlossen',
        body: [
          `Die Anmeldefrist endete ${s.registrationDeadline ? `am ${deadlineDay(s)}` : 'mit dem Beginn'}. Bei Fragen hilft Ihnen die Ansprechperson unten weiter.`,
        ],
      };
    case 'ended':
      return {
        kind: 'notice',
        variant: 'info',
        title: 'Dieses Seminar hat stattgefunden',
        body: ['Die nächsten Termine finden Sie in der ', { text: 'Seminarübersicht', href: routes.seminars }, '.'],
      };
    case 'cancelled':
      return { kind: 'notice', variant: 'danger', title: 'Abgesagt', body: [s.statusNote ?? 'Dieses Seminar findet nicht statt.'] };
  }
}
