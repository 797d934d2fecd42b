/**
 * Whether this build is the one that goes live. Only the deploy workflow's production path sets
 * SITE_ENV=production, after the release check passed; every other build (local, CI, pull
 * requests) is a preview and says so on every page.
 */
export function isProductionBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SITE_ENV === 'production';
}
