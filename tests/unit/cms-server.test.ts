import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCmsServer, type CmsServer } from '../../scripts/cms-server';
import { copyProject } from '../../scripts/harness/project';
import { localOrigins, SESSION_HEADER } from '../../src/lib/cms-api-policy';
import { fileHashes, scratchDir } from './helpers';

// Real HTTP against the real guard and decap-server, in a copy of the project (writes never touch the real content).
const SITE_PORT = 4321;
const site = `http://localhost:${SITE_PORT}`;
let repo: string;
let cms: CmsServer;
let outsideContent: Record<string, string>;
const sessionA = 'tab-a-0000000001';
const sessionB = 'tab-b-0000000002';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/** One request with exactly the headers given (fetch would not let a test set Host). */
function call(options: { body?: unknown; method?: string; headers?: Record<string, string>; session?: string; path?: string }): Promise<Answer> {
  const payload = options.body === undefined ? '' : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  const headers: Record<string, string> = {
    host: `127.0.0.1:${cms.port}`,
    'content-type': 'application/json',
    ...(options.session ? { [SESSION_HEADER]: options.session } : {}),
    ...options.headers,
  };
  return new Promise((done, fail) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: cms.port, path: options.path ?? '/api/v1', method: options.method ?? 'POST', headers, setHost: false },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: text ? JSON.parse(text) : undefined }));
      },
    );
    req.on('error', fail);
    req.end(payload);
  });
}

const action = (name: string, params: Record<string, unknown> = {}) => ({ action: name, params: { branch: 'main', ...params } });
const persist = (path: string, raw: string) =>
  action('persistEntry', {
    dataFiles: [{ slug: path.split('/').pop()!.replace(/\.md$/, ''), path, raw }],
    assets: [],
    options: { commitMessage: 'Test', useWorkflow: false, status: 'draft' },
  });
const newsFile = () => readdirSync(join(repo, 'content/news')).filter((f) => f.endsWith('.md'))[0];
const entry = (front: string) => `---\ntitle: "${front}"\n---\nText\n`;

beforeAll(async () => {
  repo = copyProject(join(mkdtempSync(join(scratchDir(), 'cms-')), 'project'));
  // Symbolic links an attacker (or a careless copy) could plant in content/: a news entry pointing at a file
  // outside content/, and the media folder pointing at the site's sources.
  symlinkSync(join(repo, 'README.md'), join(repo, 'content/news/geheim.md'));
  symlinkSync(join(repo, 'src'), join(repo, 'content/media'));
  outsideContent = fileHashes(repo, (path) => path === 'content' || path.startsWith('content/') || path === 'node_modules' || path.startsWith('node_modules/'));
  cms = await startCmsServer({ repoDir: repo, port: 0, siteOrigins: localOrigins(SITE_PORT) });
});
afterAll(async () => {
  await cms?.stop();
});

describe('local CMS server: reading and writing under content/', () => {
  it('lists a collection, reads an entry and writes a new one', async () => {
    const list = await call({ body: action('entriesByFolder', { folder: 'content/news', extension: 'md', depth: 1 }), session: sessionA });
    expect(list.status).toBe(200);
    const paths = list.body.map((e: { file: { path: string } }) => e.file.path);
    expect(paths).toContain(`content/news/${newsFile()}`);
    const one = await call({ body: action('getEntry', { path: `content/news/${newsFile()}` }), session: sessionA });
    expect(one.status).toBe(200);
    expect(one.body.data).toBe(readFileSync(join(repo, 'content/news', newsFile()), 'utf8'));

    const written = await call({ body: persist('content/news/neu-vom-test.md', entry('Neu')), session: sessionA });
    expect(written.status, JSON.stringify(written.body)).toBe(200);
    expect(readFileSync(join(repo, 'content/news/neu-vom-test.md'), 'utf8')).toBe(entry('Neu'));
    // The same tab saves its own entry again: its remembered version is the one it wrote.
    const again = await call({ body: persist('content/news/neu-vom-test.md', entry('Neu, zweite Fassung')), session: sessionA });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(readFileSync(join(repo, 'content/news/neu-vom-test.md'), 'utf8')).toBe(entry('Neu, zweite Fassung'));
  });
});

describe('local CMS server: refused requests', () => {
  const attacks: [string, unknown, RegExp][] = [
    ['dot segments out of content/', action('getEntry', { path: 'content/../package.json' }), /„\.\.“-Abschnitte/],
    ['an absolute path', action('getEntry', { path: '/etc/passwd' }), /ist absolut/],
    ['a source file of the site', persist('src/pages/x.astro', '---\n---\n<script>alert(1)</script>'), /liegt nicht in einem Ordner des CMS/],
    [
      'dot segments in an upload',
      action('persistMedia', { asset: { path: 'content/media/../../package.json', content: 'e30=', encoding: 'base64' }, options: { commitMessage: 'x' } }),
      /„\.\.“-Abschnitte/,
    ],
    [
      'deleting a file outside content/',
      action('deleteFile', { path: 'package.json', options: { commitMessage: 'x' } }),
      /liegt nicht in einem Ordner des CMS/,
    ],
    ['listing a folder outside content/', action('entriesByFolder', { folder: 'src/pages', extension: 'astro', depth: 1 }), /gehört nicht zum CMS/],
    ['a backslash path', action('getEntry', { path: 'content\\news\\..\\..\\package.json' }), /unzulässige Zeichen/],
    ['an entry with the wrong extension', persist('content/news/seite.html', '<script></script>'), /nur \.md-Dateien/],
    ['a hidden file', persist('content/news/.htaccess.md', 'x'), /darf nicht mit/],
    ['an action the CMS does not use', { action: 'runCommand', params: { branch: 'main' } }, /nicht erlaubt/],
    ['a symbolic link from content/ to a file outside', action('getEntry', { path: 'content/news/geheim.md' }), /führt aus content\/news hinaus/],
    ['writing through that link', persist('content/news/geheim.md', 'überschrieben'), /führt aus content\/news hinaus/],
    [
      'uploading into a media folder that is a link to src/',
      action('persistMedia', { asset: { path: 'content/media/x.astro', content: 'e30=', encoding: 'base64' }, options: { commitMessage: 'x' } }),
      /führt aus content\/media hinaus/,
    ],
    ['listing that media folder', action('getMedia', { mediaFolder: 'content/media' }), /führt aus content\/ hinaus/],
  ];
  for (const [what, body, message] of attacks) {
    it(`refuses ${what} with 403 and a German reason`, async () => {
      const answer = await call({ body, session: sessionA });
      expect(answer.status).toBe(403);
      expect(answer.body.error).toMatch(message);
      expect(JSON.stringify(answer.body)).not.toMatch(/root:|"name": "skew/);
    });
  }

  it('leaves the link out of the collection listing', async () => {
    const list = await call({ body: action('entriesByFolder', { folder: 'content/news', extension: 'md', depth: 1 }), session: sessionA });
    expect(list.status).toBe(200);
    expect(list.body.map((e: { file: { path: string } }) => e.file.path)).not.toContain('content/news/geheim.md');
  });

  it('answers only under its own loopback address and port (DNS rebinding)', async () => {
    for (const host of ['evil.example:' + cms.port, `127.0.0.1:${cms.port + 1}`, 'evil.example']) {
      const answer = await call({ body: action('info'), headers: { host } });
      expect(answer.status, host).toBe(403);
      expect(answer.body.error).toContain(`antwortet nur unter 127.0.0.1:${cms.port}`);
    }
    expect((await call({ body: action('info'), headers: { host: `localhost:${cms.port}` } })).status).toBe(200);
  });

  it('allows CORS only from the site’s own local origins, for the preflight and the request itself', async () => {
    for (const origin of localOrigins(SITE_PORT)) {
      const preflight = await call({
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': `content-type,${SESSION_HEADER}` },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe(origin);
      expect(preflight.headers['access-control-allow-headers']).toContain(SESSION_HEADER);
      const info = await call({ body: action('info'), headers: { origin } });
      expect(info.headers['access-control-allow-origin']).toBe(origin);
    }
    for (const origin of ['http://evil.example', `http://localhost:${SITE_PORT + 1}`, 'null', `https://localhost:${SITE_PORT}`]) {
      const preflight = await call({ method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
      expect(preflight.status, origin).toBe(403);
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      const write = await call({ body: persist('content/news/von-fremder-seite.md', entry('Fremd')), headers: { origin } });
      expect(write.status).toBe(403);
      expect(write.body.error).toContain(`Die Herkunft „${origin}“ darf den CMS-Server nicht benutzen`);
      expect(write.headers['access-control-allow-origin']).toBeUndefined();
    }
    expect(existsSync(join(repo, 'content/news/von-fremder-seite.md'))).toBe(false);
  });

  it('tells only the site’s own origins how the last rebuild went (GET /status; idle without rebuilds, as under npm run dev)', async () => {
    const origin = localOrigins(SITE_PORT)[0];
    const status = await call({ method: 'GET', path: '/status', headers: { origin } });
    expect(status.status).toBe(200);
    expect(status.body).toEqual({ state: 'idle', problems: [] });
    expect(status.headers['access-control-allow-origin']).toBe(origin);
    const foreign = await call({ method: 'GET', path: '/status', headers: { origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    expect((await call({ method: 'GET', path: '/status', headers: { host: 'evil.example' } })).status).toBe(403);
  });

  it('refuses a form post (no JSON), which a foreign page could send without a preflight', async () => {
    const answer = await call({ body: JSON.stringify(persist('content/news/formular.md', 'x')), headers: { 'content-type': 'text/plain' } });
    expect(answer.status).toBe(415);
    expect(existsSync(join(repo, 'content/news/formular.md'))).toBe(false);
  });

  it('changed nothing outside content/', () => {
    expect(
      fileHashes(repo, (path) => path === 'content' || path.startsWith('content/') || path === 'node_modules' || path.startsWith('node_modules/')),
    ).toEqual(outsideContent);
  });
});

describe('local CMS server: lost updates', () => {
  it('refuses to overwrite an entry that changed on disk since the tab loaded it, and saves once the tab has reloaded it', async () => {
    const path = `content/news/${newsFile()}`;
    const file = join(repo, path);
    await call({ body: action('getEntry', { path }), session: sessionB });
    const theirs = `${readFileSync(file, 'utf8')}\nÄnderung aus einem anderen Fenster.\n`;
    writeFileSync(file, theirs);

    const stale = await call({ body: persist(path, entry('Meine Fassung')), session: sessionB });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe(
      `Nicht gespeichert: „${path}“ wurde geändert, seit Sie den Eintrag geöffnet haben (in einem anderen Fenster oder außerhalb des CMS). Damit nichts verloren geht: Ihre Eingaben kopieren, die Seite neu laden und erneut eintragen.`,
    );
    expect(readFileSync(file, 'utf8')).toBe(theirs);

    await call({ body: action('getEntry', { path }), session: sessionB });
    const fresh = await call({ body: persist(path, entry('Meine Fassung')), session: sessionB });
    expect(fresh.status, JSON.stringify(fresh.body)).toBe(200);
    expect(readFileSync(file, 'utf8')).toBe(entry('Meine Fassung'));
  });

  it('refuses to overwrite or delete an existing entry the tab never loaded', async () => {
    const path = 'content/news/neu-vom-test.md';
    const before = readFileSync(join(repo, path), 'utf8');
    const overwrite = await call({ body: persist(path, entry('Blind überschrieben')), session: 'tab-c-0000000003' });
    expect(overwrite.status).toBe(409);
    expect(overwrite.body.error).toContain(`Nicht gespeichert: Die Datei „${path}“ gibt es schon, aber dieses Fenster hat sie nicht geladen.`);
    const remove = await call({ body: action('deleteFile', { path, options: { commitMessage: 'x' } }) });
    expect(remove.status).toBe(409);
    expect(remove.body.error).toContain('Nicht gelöscht');
    expect(readFileSync(join(repo, path), 'utf8')).toBe(before);
  });
});

describe('local CMS server: start-up failures are reported, not waited out', () => {
  it('passes on decap-server’s own error output', async () => {
    // MODE=git needs a git repository; the copy is none.
    await expect(startCmsServer({ repoDir: repo, port: 0, siteOrigins: [site], mode: 'git' })).rejects.toThrow(
      /decap-server ist beim Start gescheitert \(Code 1\)\. Seine Ausgabe:\n.*not a valid git repository/s,
    );
  });

  it('names the port when it is taken', async () => {
    const taken = createServer();
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', () => done()));
    const { port } = taken.address() as { port: number };
    try {
      await expect(startCmsServer({ repoDir: repo, port, siteOrigins: [site] })).rejects.toThrow(
        `Der CMS-Server konnte nicht starten: Port ${port} ist belegt`,
      );
    } finally {
      taken.close();
    }
  });
});
