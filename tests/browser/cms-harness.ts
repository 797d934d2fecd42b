import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCmsServer as startGuardedServer, type CmsServer } from '../../scripts/cms-server';
import { copyProject } from '../../scripts/generate-site';
import { localOrigins } from '../../src/lib/cms-api-policy';

/** A throwaway copy of the repository (content, sources, config) with its own build caches. */
export function copyRepository(): { dir: string; remove(): void } {
  const dir = copyProject(mkdtempSync(join(tmpdir(), 'skew-cms-')));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The local CMS server exactly as `npm start` runs it (guard in front of decap-server, MODE=fs:
 * files only, no commits) on a free port, editing `repoDir`, for the admin page served at `siteUrl`.
 */
export function startCmsServer(repoDir: string, siteUrl: string): Promise<CmsServer> {
  return startGuardedServer({ repoDir, port: 0, siteOrigins: localOrigins(new URL(siteUrl).port) });
}
