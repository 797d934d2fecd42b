import type { Contact } from '../../schemas/contact';

/** A contact box as the site and the CMS preview show it. */
export interface ContactCardView {
  heading: string;
  name: string;
  role: string;
  email: { text: string; href: string };
  phone?: { text: string; href: string };
  hours?: string;
}

export function contactCard(contact: Contact, heading: string): ContactCardView {
  return {
    heading,
    name: contact.name,
    role: contact.role,
    email: { text: contact.email, href: `mailto:${contact.email}` },
    phone: contact.phone ? { text: contact.phone, href: `tel:${contact.phone.replace(/[^+\d]/g, '')}` } : undefined,
    hours: contact.hours || undefined,
  };
}
