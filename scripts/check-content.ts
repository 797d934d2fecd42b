// Validates every content file against its schema and prints all problems at once.
import { checkContent, formatProblems } from '../src/lib/content-check';
import { contentDir } from '../src/lib/content-dir';
import { collections } from '../src/schemas/registry';

const { entries, problems } = checkContent(contentDir(), collections, process.cwd());
if (problems.length > 0) {
  console.error(`${problems.length} Problem(e) im Inhalt:\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log(`Inhalt geprüft: ${entries.length} Einträge, keine Probleme.`);
