import type { TestProject } from 'vitest/node';
import { startFixtureSite } from './fixture-site';
import { buildSite } from '../../scripts/harness/build';
import { startPreview, type Server } from '../../scripts/harness/server';

let server: Server | undefined;
let fixture: Server | undefined;

/**
 * Builds the site once (unless SKIP_BUILD=1 and dist/ exists) and serves dist/ for tests of
 * properties every valid content has; builds and serves the fixture content for tests that name
 * entries (tests/browser/fixture-site.ts).
 */
export default async function setup(project: TestProject) {
  await buildSite();
  server = await startPreview();
  const site = await startFixtureSite();
  fixture = site;
  project.provide('baseURL', server.url);
  project.provide('fixtureURL', site.url);
  project.provide('fixtureDir', site.dir);
  return async () => {
    await server?.stop();
    await fixture?.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The site built from tests/fixtures/content at FIXTURE_NOW. */
    fixtureURL: string;
    /** The project copy it was built in; its dist/ holds the pages. */
    fixtureDir: string;
  }
}
