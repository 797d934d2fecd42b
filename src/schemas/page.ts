import { z } from 'astro/zod';
import { dateOnly, internalPath, matching, metaDescription, pageTitle, singleLine, strictObject } from './fields';

/**
 * A generic page such as Impressum or Barrierefreiheit. The file name is the address:
 * content/pages/impressum.md → /impressum/.
 */
export const pageSchema = strictObject({
  title: pageTitle.describe('Seitentitel, erscheint als Hauptüberschrift.'),
  description: metaDescription,
  lastUpdated: dateOnly.optional().describe('Stand der Seite, wird unter dem Text angezeigt (optional).'),
  signVideos: z
    .array(
      strictObject({
        title: singleLine.trim().min(3).describe('Worum geht es im Video?'),
        file: internalPath
          .apply(matching, /\.(mp4|webm)$/, 'muss ein Pfad zu einer MP4- oder WebM-Datei sein')
          .describe('Pfad zur Videodatei, z. B. /media/dgs/inhalt.mp4.'),
        duration: z
          .string()
          .apply(matching, /^\d{1,2}:\d{2}$/, 'muss als Minuten:Sekunden angegeben sein')
          .meta({ title: 'Dauer' })
          .describe('Dauer als Minuten:Sekunden, z. B. 3:20.'),
        sizeMB: z.number().positive().describe('Dateigröße in Megabyte.'),
        captionsFile: internalPath
          .apply(matching, /\.vtt$/, 'muss ein Pfad zu einer WebVTT-Datei (.vtt) sein')
          .optional()
          .describe('Pfad zu Untertiteln (WebVTT), falls vorhanden.'),
      }),
    )
    .optional()
    .meta({ title: 'Videos in Gebärdensprache' })
    .describe('Videos in Deutscher Gebärdensprache mit den Angaben zum Herunterladen nach BITV 2.0 (nur auf der Seite Gebärdensprache).'),
});

export type Page = z.infer<typeof pageSchema>;
