// `npm run dev`: Astro's dev server with live reload (SITE_PORT, default 4321) plus the local CMS server.
// The CMS at /admin/ takes 15–20 s to appear the first time (Vite pre-bundles Decap).
import { spawn } from 'node:child_process';
import { bin } from './harness/bin.mjs';
import { cmsServer, env, sitePort, superviseTogether } from './processes.mjs';

superviseTogether([spawn(bin('astro'), ['dev', '--host', '127.0.0.1', '--port', sitePort], { stdio: 'inherit', env }), cmsServer()]);
