/**
 * The production backend of the CMS, chosen by environment variables at build time (typed in
 * astro.config.mjs, read by src/pages/admin/index.astro). Pure, so tests/unit/cms-backend.test.ts
 * checks the configuration each backend gets. Set-up per backend: docs/cms.md.
 */

export const BACKENDS = ['git-gateway', 'github', 'gitlab', 'gitea', 'forgejo'] as const;
export type BackendName = (typeof BACKENDS)[number];

export interface BackendEnv {
  CMS_BACKEND?: BackendName;
  CMS_REPO?: string;
  CMS_BRANCH?: string;
  /** GitHub only: the OAuth client (proxy) that holds the client secret. */
  CMS_AUTH_BASE_URL?: string;
  CMS_AUTH_ENDPOINT?: string;
  /** GitLab, Gitea, Forgejo: the instance, e.g. https://gitlab.opencode.de or https://codeberg.org. */
  CMS_GIT_URL?: string;
  /** GitLab, Gitea, Forgejo: the OAuth application's ID (client ID); PKCE needs no secret. */
  CMS_APP_ID?: string;
  CMS_EDITORIAL_WORKFLOW?: boolean;
}

/** Decap's backend block, without the commit messages (admin/config.ts adds those). */
export type BackendConfig = Record<string, string>;

function required(env: BackendEnv, name: keyof BackendEnv, backend: string): string {
  const value = env[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`CMS-Backend „${backend}“: Die Umgebungsvariable ${name} fehlt (siehe docs/cms.md).`);
  }
  return value.trim();
}

const withoutSlash = (url: string) => url.replace(/\/+$/, '');

export function productionBackend(env: BackendEnv): { backend: BackendConfig; editorialWorkflow: boolean } {
  const name = env.CMS_BACKEND ?? 'git-gateway';
  const branch = env.CMS_BRANCH?.trim() || 'main';
  const editorialWorkflow = env.CMS_EDITORIAL_WORKFLOW === true;
  switch (name) {
    case 'git-gateway':
      return { backend: { name, branch }, editorialWorkflow };
    case 'github':
      return {
        backend: {
          name,
          branch,
          repo: required(env, 'CMS_REPO', name),
          base_url: required(env, 'CMS_AUTH_BASE_URL', name),
          ...(env.CMS_AUTH_ENDPOINT ? { auth_endpoint: env.CMS_AUTH_ENDPOINT } : {}),
        },
        editorialWorkflow,
      };
    case 'gitlab': {
      const url = withoutSlash(required(env, 'CMS_GIT_URL', name));
      return {
        backend: {
          name,
          branch,
          repo: required(env, 'CMS_REPO', name),
          auth_type: 'pkce',
          app_id: required(env, 'CMS_APP_ID', name),
          base_url: url,
          api_root: `${url}/api/v4`,
          auth_endpoint: 'oauth/authorize',
        },
        editorialWorkflow,
      };
    }
    case 'gitea':
    case 'forgejo': {
      // Decap's gitea backend refuses the editorial workflow; its forgejo backend has it (pull requests).
      if (name === 'gitea' && editorialWorkflow) {
        throw new Error(
          'CMS-Backend „gitea“: Decaps Gitea-Backend kennt keinen redaktionellen Ablauf. Für Entwürfe und Freigabe auf Forgejo CMS_BACKEND=forgejo setzen, sonst CMS_EDITORIAL_WORKFLOW weglassen.',
        );
      }
      const url = withoutSlash(required(env, 'CMS_GIT_URL', name));
      return {
        backend: {
          name,
          branch,
          repo: required(env, 'CMS_REPO', name),
          app_id: required(env, 'CMS_APP_ID', name),
          base_url: url,
          // Decap's Gitea and Forgejo login pages use login/oauth/authorize there themselves.
          api_root: `${url}/api/v1`,
        },
        editorialWorkflow,
      };
    }
  }
}
