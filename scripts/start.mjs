// `npm start`: build the site (scripts/build.mjs; a failed build keeps the previous dist/), then
// serve dist/ at http://localhost:4321 (SITE_PORT) and the local CMS server for
// http://localhost:4321/admin/ on 127.0.0.1:8081 (DECAP_SERVER_PORT), which rebuilds the site after
// every change to content/; see docs/cms.md. astro preview serves dist/ by path, so it serves each
// new dist/ as soon as a rebuild has swapped it in.
import { spawn, spawnSync } from 'node:child_process';
import { bin } from './harness/bin.mjs';
import { cmsServer, env, sitePort, superviseTogether } from './processes.mjs';

const build = spawnSync(process.execPath, [new URL('build.mjs', import.meta.url).pathname], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);

superviseTogether([spawn(bin('astro'), ['preview', '--host', '127.0.0.1', '--port', sitePort], { stdio: 'inherit', env }), cmsServer({ rebuild: true })]);
