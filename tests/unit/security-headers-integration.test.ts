import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderHeadersFile } from '../../scripts/security-headers';
import securityHeaders from '../../src/integrations/security-headers';

const meta = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">`;
const page = `<!doctype html><html lang="de"><head><meta charset="utf-8">${meta}<title>T</title></head><body></body></html>`;

describe('security-headers integration (after the build)', () => {
  it('writes _headers and removes the page policy from every CMS page, and only there', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'skew-headers-'));
    mkdirSync(join(dist, 'admin/vorschau'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), page);
    writeFileSync(join(dist, 'admin/index.html'), page);
    writeFileSync(join(dist, 'admin/vorschau/index.html'), page);
    const hook = securityHeaders().hooks['astro:build:done'] as (options: unknown) => void;
    hook({ dir: pathToFileURL(`${dist}/`), logger: { info: () => undefined } });

    expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(renderHeadersFile());
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain(meta);
    for (const file of ['admin/index.html', 'admin/vorschau/index.html']) {
      const html = readFileSync(join(dist, file), 'utf8');
      expect(html).not.toContain('content-security-policy');
      expect(html).toContain('<meta charset="utf-8"><title>T</title>');
    }
  });
});
