import type { TestProject } from 'vitest/node';
import { buildSite, startPreview, type Server } from './server';

let server: Server | undefined;

/** Builds the site once (unless SKIP_BUILD=1 and dist/ exists) and serves dist/ for all browser tests. */
export default async function setup(project: TestProject) {
  await buildSite();
  server = await startPreview();
  project.provide('baseURL', server.url);
  return async () => {
    await server?.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
