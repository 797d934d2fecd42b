/**
 * The site's security policy, once. Used by:
 * - astro.config.mjs: `securityCsp` becomes Astro's `security.csp`, i.e. a <meta> policy with
 *   hashes of every script and style Astro emits (public pages);
 * - src/integrations/security-headers.ts: writes dist/_headers (Netlify, Cloudflare Pages) from
 *   `headerRules` and puts `adminMetaCsp` in place of Astro's meta policy on the CMS pages under
 *   /admin/, so that hosts without custom headers (GitHub Pages) still give the CMS its policy;
 * - scripts/harness/static-server.ts: serves dist/ with exactly these headers;
 * - docs/security.md and docs/deploy.md describe the same values for other hosts.
 *
 * Keep this module free of runtime imports so the config, the build and the tests load it alike.
 */
import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * Directives for the public pages that a <meta> policy can carry. Astro adds `script-src` and
 * `style-src` with 'self' plus the hash of every inline script and style it renders.
 * img-src data:: KERN draws its form icons (checkbox tick, select arrow) as SVG data: URLs in CSS.
 */
const publicMetaDirectives: NonNullable<CspConfig['directives']> = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
];

/**
 * Astro's `security.csp`: script-src and style-src stay at Astro's default, 'self' plus hashes.
 * Pagefind needs nothing more: it compiles its WebAssembly inside a Web Worker from /pagefind/
 * (checked: the search page finds results under this policy, without 'wasm-unsafe-eval').
 */
export const securityCsp: CspConfig = {
  algorithm: 'SHA-256',
  directives: publicMetaDirectives,
};

/**
 * Header policy for every path. It holds only what a <meta> policy cannot express or what must
 * hold even for the CMS, so that it combines with both the pages' meta policy and the /admin/
 * header policy (a browser enforces every policy it receives).
 */
export const siteHeaderCsp = ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"].join('; ');

/**
 * Policy for the CMS under /admin/, sent as a header and, without frame-ancestors (which a
 * <meta> policy cannot carry), as the CMS pages' meta policy. Found by running the CMS
 * (login, collection list, editor with live preview) under stricter policies and adding only
 * what it failed without; tests/browser/security-headers.test.ts repeats that run.
 * - script-src 'unsafe-eval': Decap validates its configuration with ajv, which compiles
 *   schemas with new Function(); without it the CMS does not start.
 * - style-src 'unsafe-inline': emotion and the preview frame insert <style> elements at runtime.
 * - connect-src blob:: Decap reads its own blob: URLs with fetch(); 'self' covers git-gateway
 *   (/.netlify/git/) and Netlify Identity (/.netlify/identity); https://api.github.com is the
 *   `github` backend; http://127.0.0.1:* and http://localhost:* reach decap-server, which Decap
 *   only contacts when /admin/ itself is opened on this machine (any port, because
 *   `?decap-port=` points the CMS at another decap-server, e.g. in tests).
 * - img-src blob:: previews of images chosen for upload; the GitHub avatar host shows the
 *   signed-in editor's picture with the `github` backend.
 * - The GitLab, Gitea or Forgejo instance of CMS_GIT_URL (docs/cms.md), if set at build time:
 *   connect-src for its API and PKCE token endpoint, img-src for the editor's avatar there.
 * Everything else falls back to default-src 'self': no CDN scripts, fonts, styles or frames.
 */
export function gitInstanceOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol, origin } = new URL(url);
    return protocol === 'https:' ? origin : undefined;
  } catch {
    return undefined;
  }
}

const gitInstance = gitInstanceOrigin(process.env.CMS_GIT_URL);
const withInstance = (directive: string) => (gitInstance ? `${directive} ${gitInstance}` : directive);

const adminMetaDirectives = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  withInstance("img-src 'self' blob: https://avatars.githubusercontent.com"),
  withInstance("connect-src 'self' blob: https://api.github.com http://127.0.0.1:* http://localhost:*"),
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The CMS pages' <meta> policy, written into dist/admin/ by the security-headers integration. */
export const adminMetaCsp = adminMetaDirectives.join('; ');

export const adminHeaderCsp = [...adminMetaDirectives, "frame-ancestors 'none'"].join('; ');

/** Headers for every response. */
export const siteHeaders: Record<string, string> = {
  'Content-Security-Policy': siteHeaderCsp,
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
  // same-origin-allow-popups, not same-origin: the CMS's GitHub and GitLab logins run in a popup
  // that reports back to /admin/ through window.opener. Pages opened from elsewhere still get
  // their own browsing context group.
  'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
// Files whose names do not change with their content: a browser asks again after an hour at most.
const REVALIDATE = 'public, max-age=3600, must-revalidate';

export interface HeaderRule {
  /** Path pattern in _headers syntax: `*` matches any rest of the path. */
  path: string;
  headers: Record<string, string>;
}

/**
 * Rules in _headers order. Hosts apply every matching rule but differ on a header name that
 * several rules set: Cloudflare Pages joins the values with a comma (for CSP: two policies, both
 * enforced), Netlify lets the later rule win. /admin/ comes after /* and its policy repeats the
 * site-wide directives, so the CMS is equally protected either way.
 */
export const headerRules: HeaderRule[] = [
  { path: '/*', headers: siteHeaders },
  { path: '/admin/*', headers: { 'Content-Security-Policy': adminHeaderCsp, 'X-Robots-Tag': 'noindex' } },
  { path: '/_astro/*', headers: { 'Cache-Control': IMMUTABLE } },
  // Pagefind names its index chunks and fragments by content hash, its entry files and WebAssembly
  // not; the patterns do not overlap, so hosts that join repeated headers send one value.
  { path: '/pagefind/fragment/*', headers: { 'Cache-Control': IMMUTABLE } },
  { path: '/pagefind/index/*', headers: { 'Cache-Control': IMMUTABLE } },
  { path: '/pagefind/filter/*', headers: { 'Cache-Control': IMMUTABLE } },
  { path: '/pagefind/pagefind*', headers: { 'Cache-Control': REVALIDATE } },
  { path: '/pagefind/wasm*', headers: { 'Cache-Control': REVALIDATE } },
];

/** The rules as a _headers file. */
export function renderHeadersFile(rules: HeaderRule[] = headerRules): string {
  const blocks = rules.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `# Generated by src/lib/security-policy.ts at build time. Do not edit; change that module.\n${blocks.join('\n\n')}\n`;
}

/** Parses a _headers file into rules (comments and blank lines ignored). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const current = rules.at(-1);
    const colon = line.indexOf(':');
    if (!current || colon < 0) throw new Error(`_headers: Zeile ohne Pfad oder ohne „Name: Wert“: ${line}`);
    current.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(path);
}

/**
 * Headers a _headers-aware host sends for a path. `join` (Cloudflare Pages, and the stricter
 * reading for CSP) joins a repeated name's values with ", "; `override` (Netlify) keeps the last.
 */
export function headersFor(path: string, rules: HeaderRule[] = headerRules, mode: 'join' | 'override' = 'join'): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.path, path)) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      result[name] = result[name] && mode === 'join' ? `${result[name]}, ${value}` : value;
    }
  }
  return result;
}
