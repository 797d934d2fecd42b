import { describe, expect, it } from 'vitest';
import { pageDates, parseGitLog } from '../../src/lib/last-modified';
import { collections } from '../../src/schemas/registry';

const log = [
  '\u00001780000000',
  '',
  'content/labels/fairtrade.json',
  'content/news/2026-05-01-neu.md',
  '\u00001770000000',
  '',
  'content/labels/fairtrade.json',
  'content/labels/gots.json',
  'src/pages/index.astro',
  '',
].join('\n');

describe('sitemap dates', () => {
  it('takes each content file’s latest commit, ignoring files outside the content folder', () => {
    const changed = parseGitLog(log, 'content/');
    expect(changed.get('labels/fairtrade.json')).toEqual(new Date(1780000000 * 1000));
    expect(changed.get('labels/gots.json')).toEqual(new Date(1770000000 * 1000));
    expect(changed.has('pages/index.astro')).toBe(false);
    expect([...changed.keys()]).not.toContain('src/pages/index.astro');
  });

  it('dates the page of each entry with its own address, and nothing else', () => {
    const changed = parseGitLog(log, 'content/');
    const files: Record<string, string[]> = { labels: ['fairtrade.json', 'gots.json', 'neu.json'], news: ['2026-05-01-neu.md'], contacts: ['info.json'] };
    const dates = pageDates(collections, (name) => files[name] ?? [], changed);
    expect(Object.fromEntries([...dates].map(([path, date]) => [path, date.toISOString().slice(0, 10)]))).toEqual({
      '/guetezeichen/fairtrade/': '2026-05-28',
      '/guetezeichen/gots/': '2026-02-02',
      '/aktuelles/2026-05-01-neu/': '2026-05-28',
    });
  });
});
