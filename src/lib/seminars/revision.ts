/**
 * How often a seminar's file changed, for iCalendar: SEQUENCE counts the revisions after the
 * first, DTSTAMP and LAST-MODIFIED are the time of the latest. Calendar apps update an event they
 * already hold only when its SEQUENCE (or DTSTAMP) grows, e.g. after a new date or a cancellation.
 * Pure: the build reads the times from git (history.ts), tests pass them in.
 */

export interface Revision {
  sequence: number;
  lastModified: Date;
}

export interface FileHistory {
  /** Commit times of the file, in any order (git log prints newest first). */
  commits: Date[];
  /** When the file was last changed on disk, if it differs from the last commit (edited, not yet committed). */
  uncommittedChange?: Date;
}

/**
 * Without any history (a build from a tarball, a file not yet committed and no time known) the
 * event counts as first published at `fallback`, with SEQUENCE 0. A cancellation always has a
 * SEQUENCE of at least 1: it is a change of the event even where no history tells so.
 */
export function revisionOf(history: FileHistory, fallback: Date, cancelled = false): Revision {
  const times = [...history.commits, ...(history.uncommittedChange ? [history.uncommittedChange] : [])].map((d) => d.getTime());
  const floor = cancelled ? 1 : 0;
  if (times.length === 0) return { sequence: floor, lastModified: fallback };
  return { sequence: Math.max(times.length - 1, floor), lastModified: new Date(Math.max(...times)) };
}
