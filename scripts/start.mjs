// `npm start`: build the site, then serve dist/ at http://localhost:4321.
import { spawn, spawnSync } from 'node:child_process';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [spawn(bin('astro'), ['preview', '--host', '127.0.0.1', '--port', '4321'], { stdio: 'inherit' })];

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && stop());
