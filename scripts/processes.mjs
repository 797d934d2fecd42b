// Runs the site server and the local CMS server side by side and stops both together.
import { spawn } from 'node:child_process';
import { bin } from './harness/bin.mjs';

/** Port of the site (astro preview or astro dev). */
export const sitePort = process.env.SITE_PORT ?? '4321';

/** Port of the local CMS server the browser talks to; the admin page is built to talk to the same one. */
export const cmsPort = process.env.DECAP_SERVER_PORT ?? '8081';

/** Environment for every child: both ports, so the admin page and the CMS server agree. */
export const env = { ...process.env, SITE_PORT: sitePort, DECAP_SERVER_PORT: cmsPort };

/**
 * The local CMS server (scripts/cms-server.ts): a guard on 127.0.0.1:<cmsPort> that lets only
 * requests for content/ from the site's own origin through to decap-server on an internal port.
 * MODE=fs writes files, MODE=git commits and supports drafts. With `rebuild` (npm start) it rebuilds
 * the site after every change to content/. If it cannot start, it prints why and ends.
 */
export function cmsServer({ rebuild = false } = {}) {
  const own = { MODE: process.env.MODE ?? 'fs', REBUILD_SITE: rebuild ? '1' : '0' };
  return spawn(bin('tsx'), [new URL('cms-server.ts', import.meta.url).pathname], { stdio: 'inherit', env: { ...env, ...own } });
}

/** Keeps the children running until Ctrl+C or until one of them ends, then stops the rest. */
export function superviseTogether(children) {
  let stopping = false;
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
    let left = running.length;
    if (left === 0) process.exit(code);
    for (const child of running) {
      child.once('exit', () => --left === 0 && process.exit(code));
      child.kill('SIGTERM');
    }
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  for (const child of children) child.on('exit', (code) => stop(code ?? 0));
}
