import { startCmsServer as startGuardedServer, type CmsServer } from '../../scripts/cms-server';
import { localOrigins } from '../../src/lib/cms-api-policy';

/**
 * The local CMS server exactly as `npm start` runs it (guard in front of decap-server, MODE=fs:
 * files only, no commits) on a free port, editing `repoDir`, for the admin page served at `siteUrl`.
 */
export function startCmsServer(repoDir: string, siteUrl: string): Promise<CmsServer> {
  return startGuardedServer({ repoDir, port: 0, siteOrigins: localOrigins(new URL(siteUrl).port) });
}
