/**
 * Whether this build is the one that goes live. Only the deploy workflow's production path sets
 * SITE_ENV=production, after the release check passed; every other build (local, CI, pull
 * requests) is a preview and says so on every page.
 */
export function isProductionBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SITE_ENV === 'production';
}

const LOCAL_SITE = 'http://localhost:4321';

/**
 * The public address canonical URLs, the sitemap, feeds and JSON-LD are built from. A production
 * build without one (or with a local one) fails: it would publish http://localhost:4321 everywhere.
 */
export function publicSiteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.SITE_URL?.trim();
  if (!isProductionBuild(env)) return value || LOCAL_SITE;
  if (!value) {
    throw new Error(
      `SITE_ENV=production braucht SITE_URL, die öffentliche Adresse der Website (z. B. https://fairer-handel.example.de). Ohne sie stünde ${LOCAL_SITE} in den kanonischen Adressen, der Sitemap, den Feeds und den strukturierten Daten.`,
    );
  }
  const { hostname } = new URL(value);
  if (hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]') {
    throw new Error(`SITE_URL=${value} ist eine lokale Adresse; SITE_ENV=production braucht die öffentliche Adresse der Website.`);
  }
  return value;
}
