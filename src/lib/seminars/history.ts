import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FileHistory } from './revision';

/**
 * A content file's history from git, read at build time: its commit times (following renames)
 * and, if the working copy differs from the last commit, the file's modification time. Where
 * git or the repository is missing (a tarball build), the history is empty and the calendar
 * falls back to SEQUENCE 0 (see revision.ts and docs/seminars.md).
 */
export function fileHistory(path: string): FileHistory {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dirname(path), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const commits = git('log', '--follow', '--format=%ct', '--', path)
      .split('\n')
      .filter((line) => /^\d+$/.test(line))
      .map((seconds) => new Date(Number(seconds) * 1000));
    const dirty = git('status', '--porcelain', '--', path).trim() !== '';
    return { commits, ...(dirty ? { uncommittedChange: statSync(path).mtime } : {}) };
  } catch {
    return { commits: [] };
  }
}
