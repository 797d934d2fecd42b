// `npm run check:labels`: the data quality of the label set as figures (src/lib/labels/quality.ts).
import { checkContentAndMedia, formatProblems } from '../src/lib/content-check';
import { contentDir } from '../src/lib/content-dir';
import { qualityReport } from '../src/lib/labels/quality';
import type { Label } from '../src/schemas/label';
import { collections } from '../src/schemas/registry';

const { entries, problems } = await checkContentAndMedia(contentDir(), collections, process.cwd());
const labels = entries.filter((e) => e.collection === 'labels').map((e) => ({ id: e.id, data: e.data as Label }));
console.log(`Datenqualität der Gütezeichen (bekannte Werte und Werte mit eigenem Beleg):\n${qualityReport(labels)}`);
if (problems.length > 0) {
  console.error(`${problems.length} Problem(e) im Inhalt:\n${formatProblems(problems)}`);
  process.exit(1);
}
