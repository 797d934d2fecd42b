import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyRepository } from '../../scripts/harness/project';
import { buildProject } from '../../scripts/harness/build';
import { root, startPreview, type Server } from '../../scripts/harness/server';

/** Frozen content for tests that name entries (a label, a round, an offering); see tests/fixtures/README.md. */
export const fixtureContent = join(root, 'tests/fixtures/content');

/**
 * The instant the fixture site is built for. Its dates (deadlines, rounds, seminars) are judged
 * at this instant, not at the day the tests run, so its pages are the same on every day.
 */
export const FIXTURE_NOW = '2026-12-01T12:00:00+01:00';

/** A throwaway copy of the project whose content/ is the fixture content (or `content`). */
export function fixtureRepository(content = fixtureContent): ReturnType<typeof copyRepository> {
  const repo = copyRepository();
  rmSync(join(repo.dir, 'content'), { recursive: true, force: true });
  cpSync(content, join(repo.dir, 'content'), { recursive: true });
  return repo;
}

/**
 * `astro build` in a fixture copy. The fixture content keeps its placeholders, so it is always a
 * preview build, also when the tests run in the deploy workflow's production job.
 */
export function buildFixture(dir: string, env: NodeJS.ProcessEnv = {}) {
  return buildProject({ SITE_ENV: 'preview', ...env }, dir);
}

/** Builds the fixture content at FIXTURE_NOW in its own copy of the project and serves it. */
export async function startFixtureSite(): Promise<Server & { dir: string }> {
  const repo = fixtureRepository();
  const build = await buildFixture(repo.dir, { BUILD_NOW: FIXTURE_NOW });
  if (build.code !== 0) {
    repo.remove();
    throw new Error(`Build der Prüfinhalte fehlgeschlagen:\n${build.output}`);
  }
  const server = await startPreview(repo.dir);
  return {
    dir: repo.dir,
    url: server.url,
    stop: async () => {
      await server.stop();
      repo.remove();
    },
  };
}
