import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** What an upload's first bytes must look like, by file extension: raster formats sharp re-encodes, and PDF documents. */
const SIGNATURES: Record<string, { name: string; test: (head: Buffer) => boolean }> = {
  '.jpg': { name: 'JPEG', test: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  '.jpeg': { name: 'JPEG', test: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  '.png': { name: 'PNG', test: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  '.webp': { name: 'WebP', test: (h) => h.toString('latin1', 0, 4) === 'RIFF' && h.toString('latin1', 8, 12) === 'WEBP' },
  '.pdf': { name: 'PDF', test: (h) => h.toString('latin1', 0, 5) === '%PDF-' },
  '.avif': { name: 'AVIF', test: (h) => h.toString('latin1', 4, 8) === 'ftyp' && /avi[fs]/.test(h.toString('latin1', 8, 32)) },
};

function head(file: string): Buffer {
  const buffer = Buffer.alloc(32);
  const fd = openSync(file, 'r');
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, 32, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Uploads the site cannot publish safely: SVG (a document that can carry scripts), other
 * formats, and files whose content is not what their extension says (an SVG renamed to .png).
 * A missing media folder is fine: nothing has been uploaded yet.
 */
export function uploadTypeProblems(mediaDir: string, display: (file: string) => string): { file: string; message: string }[] {
  let names: string[];
  try {
    names = readdirSync(mediaDir)
      .filter((name) => !name.startsWith('.'))
      .sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const file = join(mediaDir, name);
    if (!statSync(file).isFile()) return [];
    const ext = extname(name).toLowerCase();
    const expected = SIGNATURES[ext];
    if (ext === '.svg' || ext === '.svgz') {
      return [
        {
          file: display(file),
          message: 'SVG-Dateien werden nicht veröffentlicht (sie können Skripte enthalten). Bitte das Bild als PNG, JPEG, WebP oder AVIF hochladen.',
        },
      ];
    }
    if (!expected) {
      return [{ file: display(file), message: `Dateityp „${ext || name}“ ist für Uploads nicht erlaubt (erlaubt: JPEG, PNG, WebP, AVIF, PDF).` }];
    }
    if (!expected.test(head(file))) {
      const message =
        expected.name === 'PDF'
          ? `Der Inhalt ist keine PDF-Datei, obwohl die Endung „${ext}“ das sagt. Bitte das Dokument als PDF speichern und hochladen.`
          : `Der Inhalt ist kein ${expected.name}-Bild, obwohl die Endung „${ext}“ das sagt. Bitte das Bild neu als ${expected.name} speichern und hochladen.`;
      return [{ file: display(file), message }];
    }
    return [];
  });
}
