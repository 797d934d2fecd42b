// Runs before start, build and test: stop early, in plain words, on a Node.js that is too old.
// Written in plain JavaScript so that it runs on any Node version.
import { readFileSync } from 'node:fs';

const wanted = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node;
const [minMajor, minMinor] = wanted
  .replace(/[^\d.]/g, '')
  .split('.')
  .map(Number);
const [major, minor] = process.versions.node.split('.').map(Number);

if (major < minMajor || (major === minMajor && minor < minMinor)) {
  console.error(
    `\nDieses Projekt braucht Node.js ${minMajor}.${minMinor} oder neuer (package.json "engines": "${wanted}").\n` +
      `Gefunden: Node.js ${process.versions.node}. Bitte Node.js 22 installieren (siehe .nvmrc) und erneut starten.\n`,
  );
  process.exit(1);
}
