import { checkContent, formatProblems } from './src/lib/content-check';
import { collections } from './src/schemas/registry';
console.log(formatProblems(checkContent('tests/fixtures/minimal-content', collections).problems));
