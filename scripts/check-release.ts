// `npm run check:release`: lists every placeholder that must not go live (example addresses,
// "vor Veröffentlichung eintragen", sample entries), with file and field. Exits 1 if there is any;
// the deploy workflow publishes only after it passed. Pure logic: src/lib/quality/placeholders.ts.
import { relative } from 'node:path';
import { checkContent, formatProblems } from '../src/lib/content-check';
import { contentDir } from '../src/lib/content-dir';
import { buildTime } from '../src/lib/now';
import { findPlaceholders, placeholderKindNames, placeholderProblems, type PlaceholderKind } from '../src/lib/quality/placeholders';
import { staleStatePages } from '../src/lib/quality/stale-stand';
import { collections } from '../src/schemas/registry';

const root = process.cwd();
const { entries, problems } = checkContent(contentDir(root), collections, root);
if (problems.length > 0) {
  console.error(`${problems.length} Problem(e) im Inhalt (erst beheben, dann erneut prüfen):\n${formatProblems(problems)}`);
  process.exit(1);
}
// Outdated Länder pages are listed for the editors but do not stop a release (the pages say so themselves).
const stale = staleStatePages(entries, buildTime, (f) => relative(root, f));
const staleNote = stale.length > 0 ? `\nHinweis: ${stale.length} Länderseite(n) mit altem Stand:\n${formatProblems(stale)}` : '';
const placeholders = findPlaceholders(entries, (f) => relative(root, f));
if (placeholders.length === 0) {
  console.log(`Veröffentlichungsprüfung bestanden: ${entries.length} Einträge ohne Platzhalter.${staleNote}`);
  process.exit(0);
}
const counts = new Map<PlaceholderKind, number>();
for (const p of placeholders) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
console.error(formatProblems(placeholderProblems(placeholders)));
console.error(`\nNicht veröffentlichungsreif: ${placeholders.length} Platzhalter in ${new Set(placeholders.map((p) => p.file)).size} Dateien.`);
for (const [kind, n] of counts) console.error(`- ${placeholderKindNames[kind]}: ${n}`);
console.error('Diese Fassung kann nur als Vorschau gebaut werden (ohne SITE_ENV=production).');
if (staleNote) console.log(staleNote.trimStart());
process.exit(1);
