import { describe, expect, it } from 'vitest';
import { buildProblems, rebuildQueue, type BuildOutcome } from '../../src/lib/rebuild-queue';

/** A build the test ends by hand; records how many run and whether two ever overlap. */
function manualBuilds() {
  const pending: ((outcome: BuildOutcome) => void)[] = [];
  let running = 0;
  let overlapped = false;
  let started = 0;
  const build = () =>
    new Promise<BuildOutcome>((done) => {
      started++;
      running++;
      if (running > 1) overlapped = true;
      pending.push((outcome) => {
        running--;
        done(outcome);
      });
    });
  return {
    build,
    started: () => started,
    overlapped: () => overlapped,
    finish: async (outcome: BuildOutcome = { ok: true, output: '' }) => {
      pending.shift()!(outcome);
      await new Promise((r) => setTimeout(r, 5));
    },
  };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('rebuild queue of npm start', () => {
  it('turns a burst of changes into one build', async () => {
    const builds = manualBuilds();
    const queue = rebuildQueue(builds.build, { delayMs: 20 });
    expect(queue.status().state).toBe('idle');
    for (let i = 0; i < 5; i++) queue.changed();
    expect(queue.status().state).toBe('building');
    await wait(60);
    expect(builds.started()).toBe(1);
    await builds.finish();
    await queue.settled();
    expect(queue.status()).toMatchObject({ state: 'ok', problems: [] });
    expect(builds.started()).toBe(1);
  });

  it('never runs two builds at once and builds once more for changes during a build', async () => {
    const builds = manualBuilds();
    const queue = rebuildQueue(builds.build, { delayMs: 10 });
    queue.changed();
    await wait(30);
    queue.changed();
    await wait(30);
    queue.changed();
    await wait(30);
    expect(builds.started()).toBe(1);
    await builds.finish({ ok: false, output: 'old' });
    expect(builds.started()).toBe(2);
    // The first build's result is stale: the status waits for the build that includes every change.
    expect(queue.status().state).toBe('building');
    await builds.finish();
    await queue.settled();
    expect(builds.started()).toBe(2);
    expect(builds.overlapped()).toBe(false);
    expect(queue.status().state).toBe('ok');
  });

  it('reports a failed build with the problems it named, and recovers with the next good build', async () => {
    const builds = manualBuilds();
    const queue = rebuildQueue(builds.build, { delayMs: 5 });
    queue.changed();
    await wait(20);
    await builds.finish({ ok: false, output: '1 Problem(e) im Inhalt:\n  content/news/x.md: Feld „title“: Pflichtfeld fehlt.\nBuild gescheitert (Code 1).' });
    await queue.settled();
    expect(queue.status()).toMatchObject({ state: 'failed', problems: ['content/news/x.md: Feld „title“: Pflichtfeld fehlt.'] });
    queue.changed();
    await wait(20);
    await builds.finish();
    await queue.settled();
    expect(queue.status()).toMatchObject({ state: 'ok', problems: [] });
  });
});

describe('buildProblems', () => {
  it('picks the content check lines out of coloured build output', () => {
    const output = [
      '\u001b[31m[ERROR]\u001b[39m [content-check] 2 Problem(e) im Inhalt:',
      '  content/news/a.md: Feld „date“: Ungültiges Datum.',
      '  content/seminars/b.md: Feld „venue.city“: Pflichtfeld fehlt.',
      'Build gescheitert (Code 1). Der bisherige Ordner dist/ bleibt unverändert.',
    ].join('\n');
    expect(buildProblems(output)).toEqual([
      'content/news/a.md: Feld „date“: Ungültiges Datum.',
      'content/seminars/b.md: Feld „venue.city“: Pflichtfeld fehlt.',
    ]);
  });

  it('falls back to the last lines when the build names no file', () => {
    expect(buildProblems('a\nb\n\nTemplate kaputt\n')).toEqual(['a', 'b', 'Template kaputt']);
  });
});
