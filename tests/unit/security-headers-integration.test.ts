import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adminHeaderCsp, adminMetaCsp, renderHeadersFile } from '../../src/lib/security-policy';
import securityHeaders, { withAdminPolicy } from '../../src/integrations/security-headers';

const meta = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">`;
const page = `<!doctype html><html lang="de"><head><meta charset="utf-8">${meta}<title>T</title></head><body></body></html>`;

describe('security-headers integration (after the build)', () => {
  it('writes _headers and gives every CMS page the admin policy as its only meta policy, and only there', () => {
    const dist = mkdtempSync(join(tmpdir(), 'skew-headers-'));
    mkdirSync(join(dist, 'admin/vorschau'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), page);
    writeFileSync(join(dist, 'admin/index.html'), page);
    writeFileSync(join(dist, 'admin/vorschau/index.html'), page);
    const hook = securityHeaders().hooks['astro:build:done'] as (options: unknown) => void;
    hook({ dir: pathToFileURL(`${dist}/`), logger: { info: () => undefined } });

    expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(renderHeadersFile());
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(page);
    for (const file of ['admin/index.html', 'admin/vorschau/index.html']) {
      const html = readFileSync(join(dist, file), 'utf8');
      expect(html).toBe(
        `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${adminMetaCsp}"><title>T</title></head><body></body></html>`,
      );
    }
  });

  it('the CMS meta policy is the admin header policy without frame-ancestors, which a meta policy cannot carry', () => {
    expect(adminMetaCsp).toContain("script-src 'self' 'unsafe-eval'");
    expect(adminMetaCsp).not.toContain('frame-ancestors');
    expect(`${adminMetaCsp}; frame-ancestors 'none'`).toBe(adminHeaderCsp);
  });

  it('adds the policy to a CMS page that had none, and is idempotent', () => {
    const bare = '<!doctype html><html><head lang="de"><title>T</title></head><body><header>x</header></body></html>';
    const once = withAdminPolicy(bare);
    expect(once).toBe(
      `<!doctype html><html><head lang="de"><meta http-equiv="content-security-policy" content="${adminMetaCsp}"><title>T</title></head><body><header>x</header></body></html>`,
    );
    expect(withAdminPolicy(once)).toBe(once);
    expect(withAdminPolicy('<p>kein Kopf</p>')).toBe('<p>kein Kopf</p>');
  });
});
