import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import sharp from 'sharp';
import { filesBelow as files } from './html-files';

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * Files below `siteDir` that are byte-for-byte copies of an upload in one of `mediaDirs`. Vite emits every
 * imported upload as it is, with its camera and location data; only sharp's re-encoded sizes may
 * be published. Compared by size first, so a build with no uploads reads nothing.
 */
export function publishedOriginals(siteDir: string, mediaDirs: string[]): { file: string; upload: string }[] {
  // PDF documents are meant to be published as uploaded (docs/cms.md: remove personal data before uploading).
  const uploads = [...new Set(mediaDirs)].flatMap((dir) =>
    files(dir)
      .filter((f) => !/\.pdf$/i.test(f))
      .map((f) => ({ f, name: relative(dir, f) })),
  );
  const sizes = new Set(uploads.map(({ f }) => statSync(f).size));
  if (sizes.size === 0) return [];
  const byDigest = new Map(uploads.map(({ f, name }) => [digest(f), name]));
  return files(siteDir)
    .filter((f) => sizes.has(statSync(f).size))
    .flatMap((f) => {
      const upload = byDigest.get(digest(f));
      return upload ? [{ file: relative(siteDir, f), upload }] : [];
    });
}

/** For each file name, the text files of the site (pages, feeds, styles, scripts) that name it, i.e. would link to it. Reads each text file once. */
export function filesNaming(siteDir: string, fileNames: string[]): Map<string, string[]> {
  const naming = new Map(fileNames.map((name) => [name, [] as string[]]));
  if (fileNames.length === 0) return naming;
  for (const f of files(siteDir).filter((f) => /\.(html|xml|json|css|js|txt|ics|csv)$/.test(f))) {
    const text = readFileSync(f, 'utf8');
    for (const [name, pages] of naming) if (text.includes(name)) pages.push(relative(siteDir, f));
  }
  return naming;
}

/** Whether a file carries data beyond a picture's pixels: EXIF (with GPS), XMP, IPTC, an ICC profile – or is no picture sharp can read. */
export async function carriesMetadata(file: string): Promise<boolean> {
  try {
    const meta = await sharp(file).metadata();
    return Boolean(meta.exif || meta.xmp || meta.iptc || meta.icc);
  } catch {
    return true;
  }
}

/**
 * What to do with the copies of uploads in a built site: a copy no page names is an original
 * Vite emitted and goes. A copy a page names is allowed only if it carries no metadata; then it
 * is what sharp's re-encoding gives anyway (sharp re-encoding a metadata-free upload at its own
 * size and quality can return the same bytes). Any other named copy would publish an original.
 */
export async function judgeOriginals(siteDir: string, mediaDirs: string[]): Promise<{ drop: string[]; leaks: string[] }> {
  const drop: string[] = [];
  const leaks: string[] = [];
  const copies = publishedOriginals(siteDir, mediaDirs);
  const naming = filesNaming(
    siteDir,
    copies.map((c) => basename(c.file)),
  );
  for (const copy of copies) {
    const pages = naming.get(basename(copy.file))!;
    if (pages.length === 0) drop.push(copy.file);
    else if (await carriesMetadata(join(siteDir, copy.file))) leaks.push(...pages.map((page) => `${page} verweist auf das Original von media/${copy.upload}`));
  }
  return { drop, leaks };
}
