import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { LinkChecker, LinkState } from 'linkinator';
import type { ContentProblem } from '../../src/lib/content-check';
import { htmlFiles } from '../../src/lib/quality/html-files';
import { freePort } from '../harness/free-port';

/**
 * Broken internal links and images on every page of dist/ (linkinator with its own local server,
 * each page checked once; addresses on other hosts are skipped because CI cannot reach them).
 */
export async function brokenLinks(dist: string): Promise<ContentProblem[]> {
  return (await checkLinks(dist)).problems;
}

/** As brokenLinks, plus how many links were found working, so a caller can tell that anything was checked at all. */
export async function checkLinks(dist: string): Promise<{ problems: ContentProblem[]; working: number }> {
  const checker = new LinkChecker();
  const port = await freePort();
  // linkinator's own server; depending on its version it names itself localhost or 127.0.0.1.
  const origin = new RegExp(`^http://(localhost|127\\.0\\.0\\.1):${port}/`);
  const pages = htmlFiles(dist).map((f) => relative(dist, f).split(sep).join('/'));
  const result = await checker.check({
    path: pages,
    serverRoot: dist,
    recurse: false,
    port,
    // Only the site's own pages and files; other hosts, the public canonical address, mailto: and
    // tel: are not checked here.
    linksToSkip: (link: string) => Promise.resolve(!origin.test(link)),
  });
  // One problem per missing target, naming the pages that link to it: a missing page linked from
  // the footer would otherwise fill the report with one line per page.
  const pagesByTarget = new Map<string, { status: number | undefined; pages: string[] }>();
  for (const link of result.links.filter((l) => l.state === LinkState.BROKEN)) {
    const target = `/${link.url.replace(origin, '')}`;
    const entry = pagesByTarget.get(target) ?? { status: link.status, pages: [] };
    entry.pages.push(`dist/${(link.parent ?? '').replace(origin, '')}`);
    pagesByTarget.set(target, entry);
  }
  const problems = [...pagesByTarget].map(([target, { status, pages: on }]) => {
    const more = on.length > 4 ? ` und ${on.length - 4} weiteren` : '';
    const others = on.length > 1 ? ` Verlinkt auch auf ${on.length - 1} weiteren Seite(n): ${on.slice(1, 4).join(', ')}${more}.` : '';
    return { file: on[0], message: `Link oder Bild ${target} ist nicht erreichbar (Status ${status ?? 'unbekannt'}).${others}` };
  });
  return { problems, working: result.links.filter((l) => l.state === LinkState.OK).length };
}

/** Images and image inputs without an alt attribute on any built page (html-validate's WCAG rules). */
export async function missingAltAttributes(dist: string): Promise<ContentProblem[]> {
  const validator = new HtmlValidate({ rules: { 'wcag/h37': ['error', { allowEmpty: true }], 'area-alt': 'error', 'wcag/h36': 'error' } });
  const problems: ContentProblem[] = [];
  for (const file of htmlFiles(dist)) {
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    for (const m of report.results.flatMap((r) => r.messages)) {
      problems.push({ file: `dist/${relative(dist, file).split(sep).join('/')}`, field: m.selector ?? undefined, message: `${m.message} (Zeile ${m.line})` });
    }
  }
  return problems;
}
