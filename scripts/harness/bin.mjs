// The one place that knows where the project is and where its dependencies' executables live.
// Plain JavaScript, so the node scripts (build.mjs, start.mjs) load it as well as tsx and vitest.
import { join, resolve } from 'node:path';

/** The project's root folder. */
export const root = resolve(import.meta.dirname, '../..');

/**
 * Path of an installed package's executable, node_modules/.bin/<name>, in the project `dir`
 * (by default this one; a project copy links its node_modules to this one's).
 * @param {string} name
 * @param {string} [dir]
 * @returns {string}
 */
export const bin = (name, dir = root) => join(dir, 'node_modules/.bin', name);
