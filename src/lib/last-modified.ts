import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CollectionSpec } from '../schemas/registry';

/**
 * When each content file last changed, from one `git log` over the content folder: the output
 * lists commits newest first, each as a NUL-marked time followed by the files it touched, so a
 * file's first appearance is its latest commit. Paths are relative to the content folder.
 */
export function parseGitLog(output: string, prefix: string): Map<string, Date> {
  const latest = new Map<string, Date>();
  let time: Date | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith('\0')) {
      time = new Date(Number(line.slice(1)) * 1000);
      continue;
    }
    const file = line.trim();
    if (!time || !file.startsWith(prefix)) continue;
    const path = file.slice(prefix.length);
    if (!latest.has(path)) latest.set(path, time);
  }
  return latest;
}

/** The pages of entries with their own address, each with the time its file last changed. */
export function pageDates(specs: readonly CollectionSpec[], filesOf: (collection: string) => string[], changed: Map<string, Date>): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const spec of specs) {
    if (!spec.page) continue;
    for (const file of filesOf(spec.name)) {
      const date = changed.get(`${spec.name}/${file}`);
      if (date) dates.set(spec.page(file.replace(/\.(md|json)$/, '')), date);
    }
  }
  return dates;
}

/**
 * The sitemap's lastmod per page path, read at build time. Without git (a build from a tarball)
 * or for files not yet committed there is no date, and the sitemap leaves lastmod out.
 */
export function sitemapDates(contentDir: string, specs: readonly CollectionSpec[]): Map<string, Date> {
  let output: string;
  let prefix: string;
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: contentDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    prefix = `${relative(top, contentDir).split(sep).join('/')}/`;
    output = execFileSync('git', ['log', '--format=%x00%ct', '--name-only', '--', '.'], {
      cwd: contentDir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return new Map();
  }
  const filesOf = (collection: string) => {
    try {
      return readdirSync(join(contentDir, collection));
    } catch {
      return [];
    }
  };
  return pageDates(specs, filesOf, parseGitLog(output, prefix));
}
