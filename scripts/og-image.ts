// Renders public/og-bild.png, the picture link previews (messengers, social networks) show for
// every page: the site's mark and name on its brand colour. Run after changing the name or colours.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';

const root = resolve(import.meta.dirname, '..');
const settings = JSON.parse(readFileSync(join(root, 'content/settings/site.json'), 'utf8')) as { siteName: string; tagline: string };
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
// SVG text does not wrap; break at word boundaries by an estimate of the characters per line.
function lines(text: string, perLine: number): string[] {
  const out: string[] = [];
  for (const word of text.split(' ')) {
    const last = out.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= perLine) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}
const text = (content: string, perLine: number, y: number, size: number, weight: number) =>
  lines(content, perLine)
    .map(
      (line, i) =>
        `<text x="96" y="${y + i * size * 1.25}" fill="#fff" font-family="Fira Sans, DejaVu Sans, sans-serif" font-size="${size}" font-weight="${weight}">${escape(line)}</text>`,
    )
    .join('');
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#26358c"/>
  <rect x="96" y="96" width="128" height="128" rx="24" fill="#fff"/>
  <path d="M132 164l20 20 36-48" fill="none" stroke="#26358c" stroke-width="14" stroke-linecap="round" stroke-linejoin="round"/>
  ${text(settings.siteName, 26, 330, 60, 600)}
  ${text(settings.tagline, 56, 500, 30, 400)}
</svg>`;
await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toFile(join(root, 'public/og-bild.png'));
