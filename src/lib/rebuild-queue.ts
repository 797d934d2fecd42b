/**
 * When content changes while `npm start` runs, the site is rebuilt: changes that arrive close
 * together become one build, never two builds run at once, and a change that arrives during a
 * build leads to exactly one more build after it. The state is what the CMS shows the editor.
 */

export interface BuildOutcome {
  ok: boolean;
  /** Everything the build printed (for the problems of a failed build). */
  output: string;
}

export interface RebuildStatus {
  /** idle: no change since the start; building: a change waits for or is in a build. */
  state: 'idle' | 'building' | 'ok' | 'failed';
  /** When the last build ended (ISO time). */
  finishedAt?: string;
  /** Of a failed build: the problems it named (`file: Feld „x“: message`), or its last lines. */
  problems: string[];
}

/** The colour codes of Astro's logger. */
const ansi = /\u001b\[[0-9;]*m/g;

/**
 * The problems a failed build printed: the content check's `file: Feld „x“: message` lines;
 * if there are none (a template error), the last lines of the output, so the cause still shows.
 */
export function buildProblems(output: string): string[] {
  const lines = output
    .replace(ansi, '')
    .split('\n')
    .map((line) => line.trim());
  const problems = lines.map((line) => /(?:^|\s)(\S+\.(?:md|mdx|json|ya?ml): .+)$/.exec(line)?.[1]).filter((p): p is string => p !== undefined);
  if (problems.length > 0) return [...new Set(problems)];
  return lines.filter((line) => line.length > 0).slice(-8);
}

export interface RebuildQueue {
  /** A change happened; a build follows after `delayMs` without further changes. */
  changed(): void;
  status(): RebuildStatus;
  /** Resolves when no build is waiting or running. */
  settled(): Promise<void>;
}

export function rebuildQueue(build: () => Promise<BuildOutcome>, { delayMs = 300, onStatus = (_: RebuildStatus) => {} } = {}): RebuildQueue {
  let status: RebuildStatus = { state: 'idle', problems: [] };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const waiting: (() => void)[] = [];

  const set = (next: RebuildStatus) => {
    status = next;
    onStatus(next);
  };

  const settle = () => {
    if (timer || running) return;
    for (const done of waiting.splice(0)) done();
  };

  const run = () => {
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      let outcome: BuildOutcome;
      try {
        outcome = await build();
      } catch (error) {
        outcome = { ok: false, output: (error as Error).message };
      }
      running = undefined;
      if (again) {
        again = false;
        run();
        return;
      }
      if (timer) return;
      set({ state: outcome.ok ? 'ok' : 'failed', finishedAt: new Date().toISOString(), problems: outcome.ok ? [] : buildProblems(outcome.output) });
      settle();
    })();
  };

  return {
    changed() {
      if (status.state !== 'building') set({ state: 'building', finishedAt: status.finishedAt, problems: [] });
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, delayMs);
    },
    status: () => status,
    settled: () => new Promise<void>((done) => (timer || running ? waiting.push(done) : done())),
  };
}
