// Runs the site server and decap-server side by side and stops both together.
import { spawn } from 'node:child_process';

export const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;

/** Port of the local CMS backend; the admin page is built to talk to the same one. */
export const decapPort = process.env.DECAP_SERVER_PORT ?? '8081';

/** decap-server bound to this machine only; MODE=fs writes files, MODE=git commits and supports drafts. */
export function decapServer() {
  return spawn(bin('decap-server'), [], {
    stdio: 'inherit',
    env: { ...process.env, PORT: decapPort, BIND_HOST: '127.0.0.1', MODE: process.env.MODE ?? 'fs' },
  });
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
