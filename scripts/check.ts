// `npm run check`: everything that must hold before a deploy, reported all at once.
// 1. every content file against its schema, references, unique fields (src/lib/content-check.ts);
// 2. alternative texts of content images (fields and Markdown);
// 3. a fresh build by scripts/build.mjs, which replaces dist/ only when it succeeds (SKIP_BUILD=1 reuses an existing dist/);
// 4. across every built page: internal links and images, and img/area/input elements without alt;
// 5. the data quality of the labels as figures (src/lib/labels/quality.ts; also `npm run check:labels`).
// Exits 1 on any problem; each line names file, field (where there is one) and problem.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkContentAndMedia, formatProblems, type ContentProblem } from '../src/lib/content-check';
import { contentDir } from '../src/lib/content-dir';
import { qualityReport } from '../src/lib/labels/quality';
import type { Label } from '../src/schemas/label';
import { altTextProblems } from './lib/alt-text';
import { brokenLinks, missingAltAttributes } from './lib/built-site';
import { collections } from '../src/schemas/registry';

const root = process.cwd();
const dist = join(root, 'dist');
const sections: { title: string; problems: ContentProblem[] }[] = [];

const { entries, problems: contentProblems } = await checkContentAndMedia(contentDir(root), collections, root);
sections.push({ title: 'Inhalte (Schemas und Verweise)', problems: contentProblems });
sections.push({ title: 'Alternativtexte in Inhalten', problems: altTextProblems(entries, (f) => relative(root, f)) });
console.log(`Inhalt geprüft: ${entries.length} gültige Einträge.`);
const labels = entries.filter((e) => e.collection === 'labels').map((e) => ({ id: e.id, data: e.data as Label }));
console.log(`Datenqualität der Gütezeichen:\n${qualityReport(labels)}`);

let built = false;
if (contentProblems.length > 0) {
  console.log('Build übersprungen: Der Inhalt hat Fehler (der Build würde an ihnen scheitern).');
} else if (process.env.SKIP_BUILD === '1' && existsSync(join(dist, 'index.html'))) {
  console.log('SKIP_BUILD=1: prüfe den vorhandenen Ordner dist/.');
  built = true;
} else {
  console.log('Baue die Website (scripts/build.mjs) …');
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0)
    sections.push({
      title: 'Build',
      problems: [{ file: 'scripts/build.mjs', message: `ist mit Code ${build.status} gescheitert (Ausgabe oben); dist/ ist unverändert.` }],
    });
  else built = true;
}

if (built) {
  sections.push({ title: 'Interne Links und Bilder im Build', problems: await brokenLinks(dist) });
  sections.push({ title: 'Bilder ohne alt-Attribut im Build', problems: await missingAltAttributes(dist) });
}

const total = sections.reduce((n, s) => n + s.problems.length, 0);
for (const { title, problems } of sections) {
  if (problems.length === 0) continue;
  console.error(`\n${title}: ${problems.length} Problem(e)\n${formatProblems(problems)}`);
}
if (total > 0) {
  console.error(`\nPrüfung fehlgeschlagen: ${total} Problem(e).`);
  process.exit(1);
}
console.log('Prüfung bestanden: Inhalte, Alternativtexte, Links und Bilder ohne Befund.');
