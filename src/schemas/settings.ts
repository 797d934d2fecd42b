import { z } from 'astro/zod';
import { email, linkField, matching, singleLine, strictObject } from './fields';

const navItem = strictObject({
  label: singleLine.trim().min(2).describe('Text des Menüpunkts.'),
  href: linkField.describe('Ziel: ein Pfad der Website wie /angebote/ oder eine vollständige Webadresse mit https://.'),
});

/**
 * Site-wide settings: organisation, navigation, footer and start page texts.
 * @example content/settings/site.json
 */
export const settingsSchema = strictObject({
  siteName: singleLine.trim().min(3).describe('Name der Website, erscheint im Kopf und im Seitentitel.'),
  tagline: singleLine.trim().min(3).describe('Kurzer Untertitel im Kopfbereich.'),
  organisation: strictObject({
    name: singleLine.trim().min(3).describe('Name der Organisation.'),
    parent: singleLine.trim().min(3).describe('Trägerorganisation.'),
    street: singleLine.trim().min(3).describe('Straße und Hausnummer.'),
    postalCode: z
      .string()
      .apply(matching, /^\d{5}$/, 'muss eine fünfstellige Postleitzahl sein')
      .describe('Postleitzahl.'),
    city: singleLine.trim().min(2).describe('Ort.'),
    email: email.describe('Allgemeine E-Mail-Adresse.'),
    phone: singleLine.trim().min(6).describe('Allgemeine Telefonnummer.'),
  }).describe('Anschrift und allgemeiner Kontakt der Organisation (Kopf, Fußzeile, Kontaktseite).'),
  feedbackEmail: email.describe('Adresse für Rückmeldungen zur Barrierefreiheit; der Link für Rückmeldungen auf jeder Seite schreibt an sie.'),
  mainNav: z.array(navItem).min(2).max(9).describe('Hauptnavigation im Kopf der Seite (höchstens neun Punkte).'),
  footerNav: z.array(navItem).min(4).describe('Links in der Fußzeile. Kontakt, Impressum, Datenschutz und Barrierefreiheit müssen dabei sein.'),
  home: strictObject({
    heading: singleLine.trim().min(5).describe('Hauptüberschrift der Startseite.'),
    intro: z.string().trim().min(20).describe('Einleitender Absatz unter der Überschrift.'),
  }).describe('Texte der Startseite.'),
});

export type Settings = z.infer<typeof settingsSchema>;
