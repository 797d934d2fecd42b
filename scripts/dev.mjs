// `npm run dev`: Astro's dev server with live reload plus the local CMS backend.
// The CMS at /admin/ takes 15–20 s to appear the first time (Vite pre-bundles Decap).
import { spawn } from 'node:child_process';
import { bin, decapServer, superviseTogether } from './processes.mjs';

superviseTogether([spawn(bin('astro'), ['dev', '--host', '127.0.0.1', '--port', '4321'], { stdio: 'inherit' }), decapServer()]);
