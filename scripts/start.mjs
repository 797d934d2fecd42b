// `npm start`: build the site, then serve dist/ at http://localhost:4321 and the local CMS
// backend for http://localhost:4321/admin/ (see docs/cms.md).
import { spawn, spawnSync } from 'node:child_process';
import { bin, decapPort, decapServer, superviseTogether } from './processes.mjs';

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, DECAP_SERVER_PORT: decapPort } });
if (build.status !== 0) process.exit(build.status ?? 1);

superviseTogether([
  spawn(bin('astro'), ['preview', '--host', '127.0.0.1', '--port', '4321'], { stdio: 'inherit' }),
  decapServer(),
]);
