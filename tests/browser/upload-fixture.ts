import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/** A tiny photo carrying what a phone puts into one: EXIF with GPS position and camera, XMP, an ICC profile. */
export async function photoWithLocation(colour: { r: number; g: number; b: number }): Promise<Buffer> {
  const xmp =
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Geheime Fotografin</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>';
  return sharp({ create: { width: 640, height: 420, channels: 3, background: colour } })
    .withExif({
      IFD0: { Make: 'Telefonhersteller', Model: 'Kamera 1', Copyright: 'Geheime Fotografin' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 44/1 1234/100', GPSLongitudeRef: 'E', GPSLongitude: '7/1 5/1 5678/100' },
    })
    .withIccProfile('p3')
    .withXmp(xmp)
    .jpeg({ quality: 60 })
    .toBuffer();
}

/** The upload files of the fixture: one in an entry's image field, one in its Markdown body, one nobody uses. */
export interface UploadFixture {
  field: Buffer;
  body: Buffer;
  unused: Buffer;
}

/** Writes the uploads into `contentDir`/media and returns their bytes. */
export async function writeUploads(contentDir: string): Promise<UploadFixture> {
  const uploads = {
    field: await photoWithLocation({ r: 200, g: 60, b: 40 }),
    body: await photoWithLocation({ r: 40, g: 120, b: 200 }),
    unused: await photoWithLocation({ r: 40, g: 200, b: 80 }),
  };
  mkdirSync(join(contentDir, 'media'), { recursive: true });
  writeFileSync(join(contentDir, 'media', 'foto-feld.jpg'), uploads.field);
  writeFileSync(join(contentDir, 'media', 'foto-text.jpg'), uploads.body);
  writeFileSync(join(contentDir, 'media', 'foto-unbenutzt.jpg'), uploads.unused);
  return uploads;
}
