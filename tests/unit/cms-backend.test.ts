import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKENDS, productionBackend } from '../../admin/backend';
import { cmsConfig } from '../../admin/config';
import { root } from './helpers';

/** The backend block of the configuration the admin page embeds, for the given build environment. */
function configured(env: Parameters<typeof productionBackend>[0]) {
  const { backend, editorialWorkflow } = productionBackend(env);
  return cmsConfig({ backend, editorialWorkflow }) as { backend: Record<string, unknown>; publish_mode?: string };
}

describe('production backend from the build environment', () => {
  it('git-gateway (Netlify Identity) on main without any variable', () => {
    const config = configured({});
    expect(config.backend).toMatchObject({ name: 'git-gateway', branch: 'main' });
    expect(config.publish_mode).toBeUndefined();
  });

  it('GitHub through an OAuth client', () => {
    expect(configured({ CMS_BACKEND: 'github', CMS_REPO: 'skew/website', CMS_AUTH_BASE_URL: 'https://cms-auth.example.org' }).backend).toMatchObject({
      name: 'github',
      repo: 'skew/website',
      base_url: 'https://cms-auth.example.org',
    });
  });

  it('self-hosted GitLab (openCode) with PKCE: no secret, API and login on the instance', () => {
    const config = configured({
      CMS_BACKEND: 'gitlab',
      CMS_REPO: 'skew/website',
      CMS_GIT_URL: 'https://gitlab.opencode.de/',
      CMS_APP_ID: 'abc123',
      CMS_BRANCH: 'veroeffentlicht',
      CMS_EDITORIAL_WORKFLOW: true,
    });
    expect(config.backend).toEqual({
      name: 'gitlab',
      branch: 'veroeffentlicht',
      repo: 'skew/website',
      auth_type: 'pkce',
      app_id: 'abc123',
      base_url: 'https://gitlab.opencode.de',
      api_root: 'https://gitlab.opencode.de/api/v4',
      auth_endpoint: 'oauth/authorize',
      commit_messages: expect.any(Object),
    });
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it('Gitea with PKCE, without editorial workflow', () => {
    expect(configured({ CMS_BACKEND: 'gitea', CMS_REPO: 'skew/website', CMS_GIT_URL: 'https://git.example.org', CMS_APP_ID: 'id' }).backend).toMatchObject({
      name: 'gitea',
      app_id: 'id',
      base_url: 'https://git.example.org',
      api_root: 'https://git.example.org/api/v1',
    });
    expect(() =>
      productionBackend({ CMS_BACKEND: 'gitea', CMS_REPO: 'a/b', CMS_GIT_URL: 'https://git.example.org', CMS_APP_ID: 'id', CMS_EDITORIAL_WORKFLOW: true }),
    ).toThrow(/kennt keinen redaktionellen Ablauf.*CMS_BACKEND=forgejo/);
  });

  it('Forgejo with PKCE and the editorial workflow (pull requests)', () => {
    const config = configured({
      CMS_BACKEND: 'forgejo',
      CMS_REPO: 'skew/website',
      CMS_GIT_URL: 'https://codeberg.org',
      CMS_APP_ID: 'id',
      CMS_EDITORIAL_WORKFLOW: true,
    });
    expect(config.backend).toMatchObject({ name: 'forgejo', api_root: 'https://codeberg.org/api/v1', app_id: 'id' });
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it('a missing variable stops the build naming it', () => {
    expect(() => productionBackend({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_GIT_URL: 'https://gitlab.example.org' })).toThrow(
      /„gitlab“: Die Umgebungsvariable CMS_APP_ID fehlt/,
    );
    expect(() => productionBackend({ CMS_BACKEND: 'forgejo', CMS_APP_ID: 'id', CMS_GIT_URL: 'https://x.example.org' })).toThrow(/CMS_REPO fehlt/);
    expect(() => productionBackend({ CMS_BACKEND: 'github', CMS_REPO: 'a/b' })).toThrow(/CMS_AUTH_BASE_URL fehlt/);
  });

  it('the typed build environment offers exactly these backends', () => {
    const astroConfig = readFileSync(join(root, 'astro.config.mjs'), 'utf8');
    const values = /CMS_BACKEND: envField\.enum\(\{[^}]*values: \[([^\]]*)\]/.exec(astroConfig)?.[1];
    expect(values?.split(',').map((v) => v.trim().replace(/'/g, ''))).toEqual([...BACKENDS]);
  });

  it('Decap is pinned to one version, so the login fixes docs/cms.md names are the ones shipped', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    for (const name of ['decap-cms-app', 'decap-cms-core', 'decap-cms-locales']) expect(pkg.dependencies[name], name).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.devDependencies['decap-server']).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('content security policy of the CMS for a self-hosted instance', () => {
  it('allows the instance of CMS_GIT_URL (https only) and nothing else', async () => {
    const { gitInstanceOrigin } = await import('../../src/lib/security-policy');
    expect(gitInstanceOrigin('https://gitlab.opencode.de/')).toBe('https://gitlab.opencode.de');
    expect(gitInstanceOrigin('http://gitlab.example.org')).toBeUndefined();
    expect(gitInstanceOrigin(undefined)).toBeUndefined();
  });
});
