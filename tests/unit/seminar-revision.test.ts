import { describe, expect, it } from 'vitest';
import { revisionOf } from '../../src/lib/seminars/revision';
import { seminarCalendar } from '../../src/lib/seminars/ics';
import { collectionConfig } from '../../admin/config';
import { collectionSpec } from '../../src/schemas/registry';

const at = (iso: string) => new Date(iso);
const fallback = at('2026-06-01T08:00:00Z');

describe('seminar revisions for iCalendar', () => {
  it('counts every commit after the first, newest commit as last change, in any order', () => {
    const commits = [at('2026-03-02T10:00:00Z'), at('2026-01-05T09:00:00Z'), at('2026-02-01T12:00:00Z')];
    expect(revisionOf({ commits }, fallback)).toEqual({ sequence: 2, lastModified: at('2026-03-02T10:00:00Z') });
  });

  it('grows with each change: one more commit, one more sequence and a later stamp', () => {
    const first = revisionOf({ commits: [at('2026-01-05T09:00:00Z')] }, fallback);
    const rescheduled = revisionOf({ commits: [at('2026-01-05T09:00:00Z'), at('2026-02-10T09:00:00Z')] }, fallback);
    expect(rescheduled.sequence).toBe(first.sequence + 1);
    expect(rescheduled.lastModified.getTime()).toBeGreaterThan(first.lastModified.getTime());
  });

  it('an edit not yet committed counts as one more revision at the time on disk', () => {
    expect(revisionOf({ commits: [at('2026-01-05T09:00:00Z')], uncommittedChange: at('2026-01-07T15:00:00Z') }, fallback)).toEqual({
      sequence: 1,
      lastModified: at('2026-01-07T15:00:00Z'),
    });
  });

  it('without history (tarball build) falls back to sequence 0 at the fallback time; a cancellation is at least 1', () => {
    expect(revisionOf({ commits: [] }, fallback)).toEqual({ sequence: 0, lastModified: fallback });
    expect(revisionOf({ commits: [] }, fallback, true).sequence).toBe(1);
    expect(revisionOf({ commits: [at('2026-01-05T09:00:00Z')] }, fallback, true).sequence).toBe(1);
  });

  it('the calendar file carries SEQUENCE, DTSTAMP and LAST-MODIFIED of the revision', () => {
    const data = {
      title: 'Seminar',
      summary: 'Ein Seminar zur fairen Beschaffung.',
      start: '2027-03-17T09:00:00+01:00',
      end: '2027-03-17T12:00:00+01:00',
      format: 'online',
      platform: 'Webex',
      audience: 'Vergabestellen',
      topics: ['vergaberecht'],
      cost: 'kostenfrei',
      status: 'open',
      registrationEmail: 'a@example.org',
      organizer: 'SKEW',
      partners: [],
      agenda: [],
      productGroups: [],
      contact: 'team',
    } as any;
    const text = seminarCalendar([{ id: 'seminar', data, revision: { sequence: 3, lastModified: at('2026-02-10T09:30:00Z') } }], {
      site: new URL('https://example.org/'),
      name: 'x',
      now: fallback,
    });
    expect(text).toContain('SEQUENCE:3');
    expect(text).toContain('DTSTAMP:20260210T093000Z');
    expect(text).toContain('LAST-MODIFIED:20260210T093000Z');
  });
});

describe('seminar addresses', () => {
  it('a new seminar is named after its title only, so a new date keeps its address', () => {
    const slug = String(collectionConfig(collectionSpec('seminars')).slug);
    expect(slug).not.toMatch(/start|date/);
  });
});

describe('history of a content file from git', () => {
  it('reads commit times of a committed file and nothing for a path outside any repository', async () => {
    const { fileHistory } = await import('../../src/lib/seminars/history');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { execFileSync } = await import('node:child_process');
    const dir = mkdtempSync(join(tmpdir(), 'skew-history-'));
    const file = join(dir, 'seminar.md');
    expect(fileHistory(file)).toEqual({ commits: [] });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    for (const [text, date] of [
      ['a', '2026-01-05T09:00:00Z'],
      ['b', '2026-02-10T09:00:00Z'],
    ]) {
      writeFileSync(file, text);
      git('add', 'seminar.md');
      execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', text], {
        cwd: dir,
        stdio: 'ignore',
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      });
    }
    const history = fileHistory(file);
    expect(history.commits.map((d) => d.toISOString()).sort()).toEqual(['2026-01-05T09:00:00.000Z', '2026-02-10T09:00:00.000Z']);
    expect(history.uncommittedChange).toBeUndefined();
    writeFileSync(file, 'c');
    expect(fileHistory(file).uncommittedChange).toBeInstanceOf(Date);
    rmSync(dir, { recursive: true, force: true });
  });
});
