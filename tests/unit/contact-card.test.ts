import { describe, expect, it } from 'vitest';
import { contactCard } from '../../src/lib/contacts/card';
import { fixtureContact } from './view-fixtures';

describe('contactCard: the contact box of detail pages and previews', () => {
  it('links e-mail and phone, the phone number reduced to what a dialler needs', () => {
    expect(contactCard(fixtureContact, 'Ansprechpartner')).toEqual({
      heading: 'Ansprechpartner',
      name: 'Team Faire Beschaffung',
      role: 'Beratung für Kommunen',
      email: { text: 'beratung@example.org', href: 'mailto:beratung@example.org' },
      phone: { text: '+49 228 1234-56', href: 'tel:+49228123456' },
      hours: 'Montag bis Donnerstag, 10 bis 13 Uhr',
    });
  });

  it('leaves out phone and hours a contact does not have', () => {
    const card = contactCard({ name: 'Team', role: 'Wettbewerb', email: 'w@example.org' }, 'Kontakt');
    expect(card.phone).toBeUndefined();
    expect(card.hours).toBeUndefined();
  });
});
