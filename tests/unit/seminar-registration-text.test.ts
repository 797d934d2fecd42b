import { describe, expect, it } from 'vitest';
import { registrationText, type RegistrationNotice } from '../../src/lib/seminars/registration-text';

const byMail = { title: 'Textilien fair', start: '2027-02-10T09:00:00+01:00', registrationDeadline: '2027-02-05', registrationEmail: 'seminare@example.org' };
const byForm = { title: 'Textilien fair', start: '2027-02-10T09:00:00+01:00', registrationUrl: 'https://anmeldung.example.org/textilien' };
const plain = (n: RegistrationNotice) => n.body.map((p) => (typeof p === 'string' ? p : p.text)).join('');

describe('registration call to action', () => {
  it('invites by e-mail with the deadline day counted until 23:59', () => {
    expect(registrationText(byMail, 'open')).toEqual({
      kind: 'invite',
      note: undefined,
      deadline: 'Anmeldung bis 5. Februar 2027',
      deadlineTime: ' (bis 23:59 Uhr)',
      action: 'Per E-Mail anmelden',
      href: 'mailto:seminare@example.org?subject=Anmeldung%3A%20Textilien%20fair',
      email: 'seminare@example.org',
    });
  });

  it('links to a registration form; without a deadline registration runs until the start', () => {
    expect(registrationText(byForm, 'open')).toMatchObject({
      action: 'Jetzt anmelden',
      href: 'https://anmeldung.example.org/textilien',
      email: undefined,
      deadline: 'Anmeldung bis zum Beginn am 10. Februar 2027',
      deadlineTime: '',
    });
  });

  it('offers the waiting list with the editor’s note or a default', () => {
    expect(registrationText(byMail, 'waitlist')).toMatchObject({ action: 'Auf die Warteliste setzen', note: expect.stringContaining('Warteliste') });
    expect(registrationText({ ...byMail, statusNote: 'Noch zwei Plätze auf der Warteliste.' }, 'waitlist')).toMatchObject({
      note: 'Noch zwei Plätze auf der Warteliste.',
    });
  });

  it('explains every state without a button', () => {
    const notice = (s: Parameters<typeof registrationText>[0], state: Parameters<typeof registrationText>[1]) =>
      registrationText(s, state) as RegistrationNotice;
    expect(notice(byMail, 'closed')).toMatchObject({ kind: 'notice', variant: 'info', title: 'Anmeldung geschlossen' });
    expect(plain(notice(byMail, 'closed'))).toContain('Die Anmeldefrist endete am 5. Februar 2027.');
    expect(plain(notice(byForm, 'closed'))).toContain('Die Anmeldefrist endete mit dem Beginn.');
    expect(notice(byMail, 'full')).toMatchObject({ variant: 'warning', title: 'Ausgebucht', body: ['Alle Plätze sind vergeben.'] });
    expect(notice({ ...byMail, statusNote: 'Ersatztermin im Herbst.' }, 'cancelled')).toMatchObject({
      variant: 'danger',
      title: 'Abgesagt',
      body: ['Ersatztermin im Herbst.'],
    });
    const ended = notice(byMail, 'ended');
    expect(ended.title).toBe('Dieses Seminar hat stattgefunden');
    expect(ended.body).toContainEqual({ text: 'Seminarübersicht', href: '/seminare/' });
  });
});
