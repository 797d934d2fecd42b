import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontmatterYAML } from 'decap-cms-core/dist/esm/formats/frontmatter';
import { collectionFields } from '../../admin/config';
import { jsonFile, markdownFile } from '../../admin/file-format';
import { collections, collectionSpec } from '../../src/schemas/registry';
import { root } from './helpers';

/**
 * The CMS's serialiser (admin/file-format.ts) on the path Decap takes: read with Decap's reader
 * (as admin/cms.ts does), write with ours. Fixture content, so the files are known.
 */
const fixture = join(root, 'tests/fixtures/content');
const frontMatter = frontmatterYAML();

function save(collection: string, text: string, change: (data: Record<string, unknown>) => void = () => {}): string {
  const spec = collectionSpec(collection);
  const fields = collectionFields(spec);
  if (spec.format === 'json') {
    const data = JSON.parse(text);
    change(data);
    return jsonFile(data, fields, text);
  }
  const data = frontMatter.fromFile(text) as Record<string, unknown>;
  change(data);
  return markdownFile(data, fields, text);
}

const changedLines = (a: string, b: string) => {
  const x = a.split('\n');
  const y = b.split('\n');
  return { removed: x.filter((l) => !y.includes(l)), added: y.filter((l) => !x.includes(l)) };
};

describe('files the CMS writes', () => {
  it('every entry of every collection, saved unchanged, is byte-identical', () => {
    let count = 0;
    for (const spec of collections) {
      const dir = join(fixture, spec.name);
      for (const file of readdirSync(dir).filter((f) => f.endsWith(`.${spec.format}`))) {
        const text = readFileSync(join(dir, file), 'utf8');
        expect(save(spec.name, text), `${spec.name}/${file}`).toBe(text);
        count++;
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  it('one changed value changes one line in front matter, keeping the others as written', () => {
    const dir = join(fixture, 'seminars');
    const file = readdirSync(dir).find((f) => f.endsWith('.md'))!;
    const text = readFileSync(join(dir, file), 'utf8');
    const out = save('seminars', text, (d) => (d.cost = 'kostenpflichtig, 50 Euro'));
    expect(changedLines(text, out).added).toEqual(['cost: kostenpflichtig, 50 Euro']);
    expect(changedLines(text, out).removed.length).toBeLessThanOrEqual(1);
    expect(out.split('\n').length).toBe(text.split('\n').length + (text.includes('\ncost:') ? 0 : 1));
  });

  it('one changed value changes one line in JSON; keys stay in schema order, also a key added later', () => {
    const dir = join(fixture, 'contacts');
    const file = readdirSync(dir).find((f) => f.endsWith('.json'))!;
    const text = readFileSync(join(dir, file), 'utf8');
    const out = save('contacts', text, (d) => (d.email = 'neu@example.org'));
    expect(changedLines(text, out).added).toEqual([expect.stringMatching(/^ {2}"email": "neu@example\.org",?$/)]);
    expect(changedLines(text, out).removed).toHaveLength(1);
    const names = collectionFields(collectionSpec('contacts')).map((f) => f.name);
    const added = save('contacts', text, (d) => {
      delete d.phone;
      d.phone = '030 123456';
    });
    const keys = Object.keys(JSON.parse(added));
    expect(keys).toEqual([...keys].sort((a, b) => names.indexOf(a) - names.indexOf(b)));
    expect(added.endsWith('}\n')).toBe(true);
  });

  it('a new entry is written in schema order with a blank line before the text', () => {
    const fields = collectionFields(collectionSpec('news'));
    const out = markdownFile({ body: 'Text.', topics: ['handel'], title: 'Titel', date: '2026-11-21' }, fields);
    expect(out).toBe('---\ntitle: Titel\ndate: 2026-11-21\ntopics:\n  - handel\n---\n\nText.\n');
  });
});
