import { describe, expect, it } from 'vitest';
import { MEDIA_FOLDER } from '../../admin/folders';
import { areaOf, cmsAreas, judgeRequest } from '../../src/lib/cms-api-policy';
import { collections } from '../../src/schemas/registry';

const areas = cmsAreas(collections, MEDIA_FOLDER);
const judge = (action: string, params: Record<string, unknown> = {}) => judgeRequest({ action, params: { branch: 'main', ...params } }, areas);

describe('which paths the local CMS server allows', () => {
  it('has one area per collection of the registry and the media folder, nothing else', () => {
    expect(areas.map((a) => a.folder)).toEqual([...collections.map((c) => `content/${c.name}`), 'content/media']);
  });

  it('accepts a plain file directly in a collection folder with its format, or in the media folder', () => {
    for (const spec of collections) expect(areaOf(`content/${spec.name}/eintrag.${spec.format}`, areas)).toMatchObject({ folder: `content/${spec.name}` });
    expect(areaOf('content/media/foto-2026.jpg', areas)).toMatchObject({ kind: 'media' });
  });

  it.each([
    ['content/news/../../package.json', /„\.\.“-Abschnitte/],
    ['content//news/x.md', /leere/],
    ['./content/news/x.md', /„\.“/],
    ['/work/content/news/x.md', /absolut/],
    ['content/news/sub/x.md', /liegt nicht in einem Ordner des CMS/],
    ['content/x.md', /liegt nicht in einem Ordner des CMS/],
    ['content/news/x.json', /nur \.md-Dateien/],
    ['content/news/_entwurf.md', /darf nicht mit/],
    ['content/media/.env', /darf nicht mit/],
    ['content/news/x.md\u0000.jpg', /unzulässige Zeichen/],
    ['C:/content/news/x.md', /unzulässige Zeichen/],
  ])('refuses %s', (path, reason) => {
    expect(areaOf(path, areas)).toMatch(reason);
  });
});

describe('which API requests the local CMS server lets through', () => {
  it('lets an entry be saved with its upload, and marks the entry file for the lost-update check', () => {
    const verdict = judge('persistEntry', {
      dataFiles: [{ path: 'content/news/neu.md', raw: 'x', slug: 'neu' }],
      assets: [{ path: 'content/media/foto.jpg', content: '', encoding: 'base64' }],
      options: { useWorkflow: false },
    });
    expect(verdict).toMatchObject({
      ok: true,
      workflow: false,
      paths: [
        { path: 'content/news/neu.md', writesEntry: true },
        { path: 'content/media/foto.jpg', writesEntry: false },
      ],
    });
  });

  it('keeps entries and media apart: no entry in the media folder, no upload into a collection', () => {
    expect(judge('persistEntry', { dataFiles: [{ path: 'content/media/x.md', raw: '' }], assets: [] })).toMatchObject({ ok: false, status: 403 });
    expect(judge('persistMedia', { asset: { path: 'content/news/x.md' } })).toMatchObject({ ok: false, status: 403 });
    expect(judge('getMedia', { mediaFolder: 'content/news' })).toMatchObject({ ok: false });
    expect(judge('entriesByFolder', { folder: 'content/media' })).toMatchObject({ ok: false });
  });

  it('checks the target of a rename as well as its source', () => {
    expect(judge('persistEntry', { dataFiles: [{ path: 'content/news/a.md', newPath: 'src/pages/a.md', raw: '' }], assets: [] })).toMatchObject({
      ok: false,
      error: expect.stringContaining('src/pages/a.md'),
    });
  });

  it('allows the git workflow actions only for known collections and plain entry names', () => {
    expect(judge('publishUnpublishedEntry', { collection: 'news', slug: '2026-01-01-meldung' })).toMatchObject({ ok: true });
    expect(judge('unpublishedEntry', { id: 'news/2026-01-01-meldung' })).toMatchObject({ ok: true });
    expect(judge('publishUnpublishedEntry', { collection: 'src', slug: 'x' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('Unbekannte Sammlung'),
    });
    expect(judge('deleteUnpublishedEntry', { collection: 'news', slug: '../main' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('Unzulässiger Eintragsname'),
    });
    expect(judge('unpublishedEntry', { id: 'news/a/../../b' })).toMatchObject({ ok: false });
  });

  it('refuses actions it does not know and requests without an action', () => {
    expect(judge('exec')).toMatchObject({ ok: false, status: 403 });
    expect(judgeRequest({}, areas)).toMatchObject({ ok: false, status: 400 });
    expect(judge('deleteFiles', { paths: [] })).toMatchObject({ ok: false });
  });
});
