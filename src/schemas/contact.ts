import { z } from 'astro/zod';
import { email, matching, singleLine, strictObject } from './fields';

/**
 * A contact person or desk, referenced from offerings, news and funding programmes by file name.
 * @example content/contacts/netzwerk.json → { "name": "Team Netzwerk Faire Beschaffung", ... }
 */
export const contactSchema = strictObject({
  name: singleLine.trim().min(2).describe('Name der Person oder des Teams, wie er auf der Website erscheint.'),
  role: singleLine.trim().min(2).describe('Funktion oder Zuständigkeit, z. B. „Wettbewerb Hauptstadt des Fairen Handels“.'),
  email: email.describe('E-Mail-Adresse für Anfragen. Bitte ein Funktionspostfach statt einer persönlichen Adresse.'),
  phone: z
    .string()
    .apply(matching, /^\+?[0-9 ()/-]{6,}$/, 'muss eine Telefonnummer sein, z. B. +49 228 20717-0')
    .optional()
    .describe('Telefonnummer mit Vorwahl (optional).'),
  hours: singleLine.optional().describe('Erreichbarkeit, z. B. „Montag bis Donnerstag, 10 bis 13 Uhr“ (optional).'),
});

export type Contact = z.infer<typeof contactSchema>;
