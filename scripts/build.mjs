// The one way the site is built (`npm run build`, `npm start`, `npm run check`, the tests).
// Astro builds into a temporary folder beside dist/; only when the build, the search index and the
// security headers are complete does that folder replace dist/, by renames on the same file
// system. A failed or interrupted build leaves the previous dist/ exactly as it was.
//
//   node scripts/build.mjs [further astro build options]
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bin, root } from './harness/bin.mjs';

const dist = join(root, 'dist');
const next = join(root, `.dist-build-${process.pid}`);
const previous = join(root, `.dist-old-${process.pid}`);

/** Files every complete build has; the integrations write the last two in astro:build:done. */
const required = ['index.html', 'pagefind/pagefind-entry.json', '_headers'];

const cleanUp = () => rmSync(next, { recursive: true, force: true });

// Folders left by builds that were killed outright (SIGKILL, power cut) go; those of running builds stay.
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};
for (const name of readdirSync(root)) {
  const pid = /^\.dist-(?:build|old)-(\d+)$/.exec(name)?.[1];
  if (pid && !alive(Number(pid))) rmSync(join(root, name), { recursive: true, force: true });
}

function fail(message, code = 1) {
  cleanUp();
  console.error(`\n${message} Der bisherige Ordner dist/ bleibt unverändert.`);
  process.exit(code);
}

const astro = spawn(bin('astro'), ['build', '--outDir', next, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
// Ctrl+C reaches Astro through the terminal; the build then ends as failed and the temporary folder goes.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => astro.kill(signal));

astro.on('exit', (code, signal) => {
  if (code !== 0) fail(`Build gescheitert (${signal ?? `Code ${code}`}).`, code || 1);
  const missing = required.filter((file) => !existsSync(join(next, file)));
  if (missing.length > 0) fail(`Build unvollständig, es fehlt: ${missing.join(', ')}.`);
  const hadSite = existsSync(dist);
  if (hadSite) renameSync(dist, previous);
  try {
    renameSync(next, dist);
  } catch (error) {
    if (hadSite) renameSync(previous, dist);
    fail(`dist/ konnte nicht ersetzt werden: ${error.message}.`);
  }
  rmSync(previous, { recursive: true, force: true });
  console.log('dist/ durch den neuen Build ersetzt.');
});
