import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminHeaderCsp, headerRules, headersFor, parseHeadersFile, renderHeadersFile, securityCsp, siteHeaders } from '../../src/lib/security-policy';
import { root } from './helpers';

describe('security headers from src/lib/security-policy.ts', () => {
  it('the _headers file reads back as the same rules', () => {
    expect(parseHeadersFile(renderHeadersFile())).toEqual(headerRules);
  });

  it('a public page gets every site header; the CMS additionally its own policy, joined as a second policy', () => {
    const page = headersFor('/guetezeichen/fairtrade/');
    expect(page).toMatchObject(siteHeaders);
    expect(page['Content-Security-Policy']).toBe("frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
    const admin = headersFor('/admin/');
    expect(admin['Content-Security-Policy']).toBe(`${siteHeaders['Content-Security-Policy']}, ${adminHeaderCsp}`);
    expect(headersFor('/_astro/site.abc123.css')['Cache-Control']).toContain('immutable');
    expect(page['Cache-Control']).toBeUndefined();
  });

  it('no public policy allows inline or eval()d script', () => {
    const all = [...(securityCsp.directives ?? []), JSON.stringify(securityCsp.scriptDirective ?? {}), siteHeaders['Content-Security-Policy']].join(' ');
    expect(all).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('where the later rule wins (Netlify), the CMS gets its own policy, which also forbids framing, plugins and foreign base URLs', () => {
    const admin = headersFor('/admin/', headerRules, 'override');
    expect(admin['Content-Security-Policy']).toBe(adminHeaderCsp);
    expect(admin['X-Content-Type-Options']).toBe('nosniff');
    for (const directive of siteHeaders['Content-Security-Policy'].split('; ')) expect(adminHeaderCsp).toContain(directive);
  });

  it('docs/security.md and the server examples in docs/deploy.md show the values that are actually sent', () => {
    const security = readFileSync(join(root, 'docs/security.md'), 'utf8');
    for (const value of [...Object.values(siteHeaders), adminHeaderCsp, ...(securityCsp.directives ?? [])]) expect(security).toContain(value);
    const deploy = readFileSync(join(root, 'docs/deploy.md'), 'utf8');
    for (const value of Object.values(siteHeaders)) expect(deploy).toContain(`"${value}"`);
  });
});
