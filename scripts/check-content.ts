// Validates every content file (and every picture) and prints all problems at once.
import { checkContentAndMedia, formatProblems } from '../src/lib/content-check';
import { contentDir } from '../src/lib/content-dir';
import { collections } from '../src/schemas/registry';

const { entries, problems } = await checkContentAndMedia(contentDir(), collections, process.cwd());
if (problems.length > 0) {
  console.error(`${problems.length} Problem(e) im Inhalt:\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log(`Inhalt geprüft: ${entries.length} Einträge, keine Probleme.`);
