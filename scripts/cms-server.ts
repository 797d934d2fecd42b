// The local CMS server of `npm start` and `npm run dev` (and of the CMS tests): a thin guard in
// front of decap-server. decap-server listens on an internal port on 127.0.0.1; the browser only
// talks to the guard, which
// - answers only under its own loopback address and port (Host header; no DNS rebinding),
// - allows CORS only from the site's own local origins,
// - lets through only the API actions and paths of src/lib/cms-api-policy.ts (collection folders
//   and the media folder) and only where they really lead into content/ (symbolic links resolved),
// - refuses to overwrite or delete an entry that changed on disk since the editor's tab loaded it.
// For `npm start` (REBUILD_SITE=1) it also rebuilds the site after every change to content/ (saved
// through it or made on disk) and tells the admin page how the last rebuild went (GET /status).
//
//   DECAP_SERVER_PORT=8081 SITE_PORT=4321 MODE=fs REBUILD_SITE=1 tsx scripts/cms-server.ts
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { lstat, readFile, realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MEDIA_FOLDER } from '../admin/folders';
import { areaOf, cmsAreas, judgeRequest, localOrigins, SESSION_HEADER, type Area, type NamedPath } from '../src/lib/cms-api-policy';
import { bin } from './harness/bin.mjs';
import { freePort } from './harness/free-port';
import { rebuildQueue, type RebuildQueue, type RebuildStatus } from '../src/lib/rebuild-queue';
import { collections } from '../src/schemas/registry';

const projectRoot = resolve(import.meta.dirname, '..');
const areas = cmsAreas(collections, MEDIA_FOLDER);
/** As decap-server's own limit: uploads arrive base64-encoded in the JSON body. */
const BODY_LIMIT = 50 * 1024 * 1024;

export interface CmsServerOptions {
  /** The repository whose content/ the CMS edits. */
  repoDir: string;
  /** The guard's port; 0 picks a free one. */
  port: number;
  /** Origins allowed to call the guard (see localOrigins). */
  siteOrigins: string[];
  /** decap-server's MODE: `fs` writes files, `git` commits. */
  mode?: string;
  /** Pass decap-server's output through (npm start); otherwise it is kept for error reports only. */
  echo?: boolean;
  /** Rebuild the site (scripts/build.mjs in repoDir) after every change to content/ (npm start). */
  rebuild?: boolean;
}

export interface CmsServer {
  url: string;
  port: number;
  /** Resolves with decap-server's exit code if it ends on its own. */
  exited: Promise<number>;
  stop(): Promise<void>;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/** Where a repository path really leads: symbolic links resolved, not yet existing tail kept. Undefined for a dangling link. */
async function realLocation(repoDir: string, path: string): Promise<string | undefined> {
  let existing = resolve(repoDir, path);
  const missing: string[] = [];
  for (;;) {
    try {
      await lstat(existing);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      missing.unshift(basename(existing));
      existing = dirname(existing);
    }
  }
  try {
    return join(await realpath(existing), ...missing);
  } catch {
    return undefined;
  }
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function startDecapServer(repoDir: string, mode: string, echo: boolean) {
  const port = await freePort();
  const child = spawn(bin('decap-server', projectRoot), [], {
    cwd: repoDir,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: mode, GIT_REPO_DIRECTORY: repoDir, LOG_LEVEL: echo ? 'info' : 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer, to: NodeJS.WriteStream) => {
    output = (output + chunk.toString()).slice(-20_000);
    if (echo) to.write(chunk);
  };
  child.stdout.on('data', (chunk: Buffer) => keep(chunk, process.stdout));
  child.stderr.on('data', (chunk: Buffer) => keep(chunk, process.stderr));
  const exited = new Promise<number>((done) => child.once('exit', (code) => done(code ?? 1)));
  let ended: number | undefined;
  void exited.then((code) => (ended = code));

  const url = `http://127.0.0.1:${port}/api/v1`;
  const until = Date.now() + 30_000;
  for (;;) {
    if (ended !== undefined) throw new Error(`decap-server ist beim Start gescheitert (Code ${ended}). Seine Ausgabe:\n${output.trim()}`);
    try {
      const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' });
      if (answer.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) {
      child.kill('SIGTERM');
      throw new Error(`decap-server antwortet nach 30 s nicht. Seine Ausgabe:\n${output.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  const stop = () =>
    new Promise<void>((done) => {
      if (ended !== undefined) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return { url, exited, stop };
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT) {
        done(undefined);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

/** Actions after which content/ may have changed on disk. */
const writeActions = new Set(['persistEntry', 'persistMedia', 'deleteFile', 'deleteFiles', 'publishUnpublishedEntry']);

/** What the terminal of `npm start` says about a rebuild. */
function report(status: RebuildStatus) {
  if (status.state === 'building') console.log('\nInhalt geändert: Die Website wird neu gebaut …');
  if (status.state === 'ok') console.log('Website neu gebaut; sie zeigt jetzt den aktuellen Inhalt.');
  if (status.state === 'failed') {
    console.error(
      `\nWebsite NICHT neu gebaut; sie zeigt weiter den letzten funktionierenden Stand. Bitte beheben:\n${status.problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
}

/**
 * Rebuilds the site in `repoDir` after changes: those the guard let through (`changed()`) and,
 * through a watcher on content/, those made by other means (text editor, git pull).
 */
function liveRebuild(repoDir: string, echo: boolean) {
  let child: ChildProcess | undefined;
  let stopped = false;
  const build = () =>
    new Promise<{ ok: boolean; output: string }>((done) => {
      if (stopped) return done({ ok: false, output: 'Der CMS-Server wurde beendet.' });
      child = spawn(process.execPath, [join(repoDir, 'scripts/build.mjs')], { cwd: repoDir, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      const keep = (chunk: Buffer, to: NodeJS.WriteStream) => {
        output = (output + chunk.toString()).slice(-200_000);
        if (echo) to.write(chunk);
      };
      child.stdout!.on('data', (chunk: Buffer) => keep(chunk, process.stdout));
      child.stderr!.on('data', (chunk: Buffer) => keep(chunk, process.stderr));
      child.once('close', (code) => {
        child = undefined;
        done({ ok: code === 0, output });
      });
    });
  const queue: RebuildQueue = rebuildQueue(build, { onStatus: echo ? report : undefined });
  // Without a watcher (e.g. the system's limit of inotify watches is reached) saving in the CMS still rebuilds.
  const unwatched = (error: Error) =>
    console.error(`Änderungen an content/ außerhalb des CMS lösen keinen Build aus (${error.message}); Speichern im CMS schon.`);
  let watcher: FSWatcher | undefined;
  try {
    // Editors' swap and backup files (.name.swp, name~) are no content.
    watcher = watch(join(repoDir, 'content'), { recursive: true }, (_event, name) => {
      const file = basename(String(name ?? ''));
      if (!file.startsWith('.') && !file.endsWith('~')) queue.changed();
    });
    watcher.on('error', unwatched);
  } catch (error) {
    unwatched(error as Error);
  }
  return {
    changed: () => queue.changed(),
    status: () => queue.status(),
    stop: async () => {
      stopped = true;
      watcher?.close();
      child?.kill('SIGTERM');
      await queue.settled();
    },
  };
}

/** The guard in front of a running decap-server at `decapUrl`. */
/** What the guard reads of a decap-server request's params; judgeRequest has checked the paths. */
type RequestParams = {
  options?: { useWorkflow?: boolean };
  entry?: { path: string; newPath?: string; raw: string };
  dataFiles?: { path: string; newPath?: string; raw: string }[];
  path?: string;
  paths?: string[];
};

function guard(repoDir: string, decapUrl: string, siteOrigins: string[], ownPort: () => number, site?: ReturnType<typeof liveRebuild>) {
  const origins = new Set(siteOrigins);
  /** Per editing session (browser tab): repository path → digest of the version it was served. */
  const sessions = new Map<string, Map<string, string>>();
  let queue = Promise.resolve();

  const versionsOf = (req: IncomingMessage) => {
    const id = req.headers[SESSION_HEADER];
    if (typeof id !== 'string' || !/^[A-Za-z0-9-]{8,64}$/.test(id)) return undefined;
    if (!sessions.has(id)) sessions.set(id, new Map());
    return sessions.get(id);
  };

  const expectedFolder = async (area: Area) => join(await realpath(join(repoDir, 'content')), relative('content', area.folder));

  /** Whether the path, with every symbolic link followed, is a file directly in its area's folder inside content/. */
  const staysInside = async (path: string, area: Area) => {
    const real = await realLocation(repoDir, path);
    return real !== undefined && dirname(real) === (await expectedFolder(area));
  };

  async function escapes(paths: NamedPath[], folders: Area[]): Promise<string | undefined> {
    for (const { path, area } of paths) {
      if (!(await staysInside(path, area))) return `Abgelehnt: „${path}“ führt aus ${area.folder} hinaus (symbolischer Verweis).`;
    }
    for (const area of folders) {
      const real = await realLocation(repoDir, area.folder);
      if (real !== (await expectedFolder(area))) return `Abgelehnt: Der Ordner ${area.folder} führt aus content/ hinaus (symbolischer Verweis).`;
    }
    return undefined;
  }

  async function lostUpdate(paths: NamedPath[], versions: Map<string, string> | undefined, action: string): Promise<string | undefined> {
    const verb = action === 'persistEntry' ? 'gespeichert' : 'gelöscht';
    for (const { path, writesEntry } of paths) {
      if (!writesEntry) continue;
      const disk = await readIfExists(join(repoDir, path));
      if (disk === undefined) continue;
      const loaded = versions?.get(path);
      if (loaded === undefined) {
        return `Nicht ${verb}: Die Datei „${path}“ gibt es schon, aber dieses Fenster hat sie nicht geladen. Bitte laden Sie die Seite neu und bearbeiten Sie den vorhandenen Eintrag.`;
      }
      if (loaded !== digest(disk)) {
        return `Nicht ${verb}: „${path}“ wurde geändert, seit Sie den Eintrag geöffnet haben (in einem anderen Fenster oder außerhalb des CMS). Damit nichts verloren geht: Ihre Eingaben kopieren, die Seite neu laden und erneut eintragen.`;
      }
    }
    return undefined;
  }

  type Served = { data?: unknown; file?: { path?: unknown }; path?: unknown };

  /** Drops listed files that lead out of their folder; remembers the versions served to this session. */
  async function afterAnswer(action: string, params: RequestParams, answer: unknown, versions: Map<string, string> | undefined) {
    const remember = (item: Served) => {
      const path = item.file?.path;
      if (versions && typeof path === 'string' && typeof item.data === 'string') versions.set(path, digest(item.data));
    };
    const listed = async (items: Served[], pathOf: (item: Served) => unknown) => {
      const kept: Served[] = [];
      for (const item of items) {
        const path = pathOf(item);
        const area = areaOf(path, areas);
        if (typeof area !== 'string' && (await staysInside(path as string, area))) kept.push(item);
      }
      return kept;
    };
    switch (action) {
      case 'entriesByFolder': {
        const kept = await listed(answer as Served[], (item) => item.file?.path);
        kept.forEach(remember);
        return kept;
      }
      case 'entriesByFiles':
        (answer as Served[]).forEach(remember);
        return answer;
      case 'getEntry':
        remember(answer as Served);
        return answer;
      case 'getMedia':
        return listed(answer as Served[], (item) => item.path);
      case 'persistEntry':
        if (!params.options?.useWorkflow) {
          for (const file of params.dataFiles ?? (params.entry ? [params.entry] : [])) {
            versions?.delete(file.path);
            versions?.set(file.newPath ?? file.path, digest(file.raw));
          }
        }
        return answer;
      case 'deleteFile':
      case 'deleteFiles':
        for (const path of params.paths ?? (params.path ? [params.path] : [])) versions?.delete(path);
        return answer;
      default:
        return answer;
    }
  }

  return async (req: IncomingMessage, res: ServerResponse) => {
    const origin = req.headers.origin;
    const allowed = origin !== undefined && origins.has(origin);
    const headers = {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      vary: 'Origin',
      ...(allowed ? { 'access-control-allow-origin': origin } : {}),
    };
    const send = (status: number, body: unknown) => {
      res.writeHead(status, headers);
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    const port = ownPort();
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return send(403, { error: `Abgelehnt: Der CMS-Server antwortet nur unter 127.0.0.1:${port}, nicht unter „${host}“.` });
    }
    if (origin !== undefined && !allowed) {
      return send(403, { error: `Abgelehnt: Die Herkunft „${origin}“ darf den CMS-Server nicht benutzen, nur ${siteOrigins.join(' und ')}.` });
    }
    if (req.url === '/status' && req.method === 'GET') return send(200, site?.status() ?? { state: 'idle', problems: [] });
    if (req.url !== '/api/v1') return send(404, { error: 'Nicht gefunden: Der CMS-Server kennt nur /api/v1 und /status.' });
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...headers,
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': `content-type, ${SESSION_HEADER}`,
        'access-control-max-age': '600',
      });
      return res.end();
    }
    if (req.method !== 'POST') return send(405, { error: 'Nur POST ist erlaubt.' });
    if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) return send(415, { error: 'Nur JSON-Anfragen sind erlaubt.' });
    const raw = await readBody(req);
    if (raw === undefined) return send(413, { error: 'Anfrage zu groß (höchstens 50 MB).' });
    let body: { action?: unknown; params?: RequestParams };
    try {
      body = JSON.parse(raw) as typeof body;
    } catch {
      return send(400, { error: 'Anfrage ist kein gültiges JSON.' });
    }
    const verdict = judgeRequest(body, areas);
    if (!verdict.ok) return send(verdict.status, { error: verdict.error });
    const versions = versionsOf(req);

    // One request at a time: the lost-update check and the write it allows must not interleave with another write.
    const turn = queue.then(async () => {
      const escape = await escapes(verdict.paths, verdict.folders);
      if (escape) return send(403, { error: escape });
      if (!verdict.workflow) {
        const conflict = await lostUpdate(verdict.paths, versions, verdict.action);
        if (conflict) return send(409, { error: conflict });
      }
      const answer = await fetch(decapUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw });
      const text = await answer.text();
      if (!answer.ok) return send(answer.status, text);
      if (writeActions.has(verdict.action)) site?.changed();
      send(answer.status, await afterAnswer(verdict.action, body.params ?? {}, JSON.parse(text), versions));
    });
    queue = turn.catch(() => undefined);
    try {
      await turn;
    } catch (error) {
      if (!res.headersSent) send(502, { error: `Der CMS-Server konnte die Anfrage nicht ausführen: ${(error as Error).message}` });
    }
  };
}

/** Starts decap-server on an internal port and the guard on `port`; rejects with decap-server's own output if it cannot start. */
export async function startCmsServer({ repoDir, port, siteOrigins, mode = 'fs', echo = false, rebuild = false }: CmsServerOptions): Promise<CmsServer> {
  const decap = await startDecapServer(repoDir, mode, echo);
  let listening = port;
  const site = rebuild ? liveRebuild(repoDir, echo) : undefined;
  const handle = guard(repoDir, decap.url, siteOrigins, () => listening, site);
  const server = createServer((req, res) => void handle(req, res));
  try {
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(port, '127.0.0.1', () => done());
    });
  } catch (error) {
    await site?.stop();
    await decap.stop();
    const reason =
      (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
        ? `Port ${port} ist belegt; einen anderen mit DECAP_SERVER_PORT wählen.`
        : (error as Error).message;
    throw new Error(`Der CMS-Server konnte nicht starten: ${reason}`, { cause: error });
  }
  listening = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${listening}/api/v1`,
    port: listening,
    exited: decap.exited,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await site?.stop();
      await decap.stop();
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.DECAP_SERVER_PORT ?? 8081);
  const sitePort = process.env.SITE_PORT ?? '4321';
  try {
    const cms = await startCmsServer({
      repoDir: projectRoot,
      port,
      siteOrigins: localOrigins(sitePort),
      mode: process.env.MODE ?? 'fs',
      echo: true,
      rebuild: process.env.REBUILD_SITE === '1',
    });
    console.log(`CMS-Server auf ${cms.url}: nur content/, nur für ${localOrigins(sitePort).join(' und ')}.`);
    let stopping = false;
    const stop = () => {
      stopping = true;
      void cms.stop().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const code = await cms.exited;
    if (stopping) await new Promise(() => {});
    console.error(`decap-server hat sich beendet (Code ${code}); der CMS-Server hört auf.`);
    process.exit(code || 1);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
