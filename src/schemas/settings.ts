import { z } from 'astro/zod';
import { email, link } from './fields';

const navItem = z.object({
  label: z.string().trim().min(2).describe('Text des Menüpunkts.'),
  href: link.describe('Ziel: ein Pfad der Website wie /angebote/ oder eine vollständige Webadresse.'),
});

/**
 * Site-wide settings: organisation, navigation, footer and start page texts.
 * @example content/settings/site.json
 */
export const settingsSchema = z.object({
  siteName: z.string().trim().min(3).describe('Name der Website, erscheint im Kopf und im Seitentitel.'),
  tagline: z.string().trim().min(3).describe('Kurzer Untertitel im Kopfbereich.'),
  organisation: z
    .object({
      name: z.string().trim().min(3).describe('Name der Organisation.'),
      parent: z.string().trim().min(3).describe('Trägerorganisation.'),
      street: z.string().trim().min(3).describe('Straße und Hausnummer.'),
      postalCode: z.string().regex(/^\d{5}$/, { error: 'muss eine fünfstellige Postleitzahl sein' }).describe('Postleitzahl.'),
      city: z.string().trim().min(2).describe('Ort.'),
      email: email.describe('Allgemeine E-Mail-Adresse.'),
      phone: z.string().trim().min(6).describe('Allgemeine Telefonnummer.'),
    })
    .describe('Anschrift und allgemeiner Kontakt der Organisation (Kopf, Fußzeile, Kontaktseite).'),
  feedbackEmail: email.describe('Adresse für Rückmeldungen zur Barrierefreiheit; der Feedback-Link auf jeder Seite schreibt an sie.'),
  mainNav: z.array(navItem).min(2).max(9).describe('Hauptnavigation im Kopf der Seite (höchstens neun Punkte).'),
  footerNav: z.array(navItem).min(4).describe('Links in der Fußzeile. Kontakt, Impressum, Datenschutz und Barrierefreiheit müssen dabei sein.'),
  home: z
    .object({
      heading: z.string().trim().min(5).describe('Hauptüberschrift der Startseite.'),
      intro: z.string().trim().min(20).describe('Einleitender Absatz unter der Überschrift.'),
    })
    .describe('Texte der Startseite.'),
});

export type Settings = z.infer<typeof settingsSchema>;
