/**
 * Which requests of Decap's local backend API (POST /api/v1, `{ action, params }`) the local CMS
 * server (scripts/cms-server.ts) lets through to decap-server. Pure: it judges the paths a request
 * names, not the disk; the server then checks where those paths really lead (symbolic links).
 *
 * A path is allowed only as a plain file name directly inside one of the areas: a collection
 * folder (`content/<collection>/<name>.<format>`) or the media folder (`content/media/<name>`).
 */

export interface Area {
  /** Repository-relative folder, e.g. `content/news`. */
  folder: string;
  /** The collection's file extension; media accept any. */
  extension?: string;
  kind: 'entries' | 'media';
}

export interface CollectionLike {
  name: string;
  format: string;
}

export function cmsAreas(collections: CollectionLike[], mediaFolder: string): Area[] {
  return [...collections.map((c): Area => ({ folder: `content/${c.name}`, extension: c.format, kind: 'entries' })), { folder: mediaFolder, kind: 'media' }];
}

/** A path the request names, the area it lies in, and what the request does with it. */
export interface NamedPath {
  path: string;
  area: Area;
  /** An entry file the request overwrites (persistEntry) or removes; checked for lost updates. */
  writesEntry: boolean;
}

export type Verdict = { ok: true; action: string; paths: NamedPath[]; folders: Area[]; workflow: boolean } | { ok: false; status: number; error: string };

const refuse = (error: string, status = 403): Verdict => ({ ok: false, status, error });
/** A request value as text for an error message: strings as they are, anything else as JSON. */
const shown = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

// Control characters, backslashes (Windows separators) and colons (drive letters, URLs) never occur in content paths.
const UNSAFE = /[\u0000-\u001f\u007f\\:]/;

/** The area a path lies directly in, or a German reason why it may not be used. */
export function areaOf(path: unknown, areas: Area[]): Area | string {
  if (typeof path !== 'string' || path === '') return 'Pfad fehlt.';
  const shown = `„${path.replace(/[\u0000-\u001f\u007f]/g, '?')}“`;
  if (UNSAFE.test(path)) return `Pfad ${shown} enthält unzulässige Zeichen.`;
  if (path.startsWith('/')) return `Pfad ${shown} ist absolut; erlaubt sind nur Dateien in content/.`;
  const segments = path.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return `Pfad ${shown} enthält leere, „.“- oder „..“-Abschnitte.`;
  const name = segments.pop()!;
  const folder = segments.join('/');
  const area = areas.find((a) => a.folder === folder);
  if (!area) return `Pfad ${shown} liegt nicht in einem Ordner des CMS (${areas.map((a) => a.folder).join(', ')}).`;
  if (name.startsWith('.') || name.startsWith('_')) return `Dateiname in ${shown} darf nicht mit „.“ oder „_“ beginnen.`;
  if (area.extension && !name.endsWith(`.${area.extension}`)) return `Pfad ${shown}: In ${area.folder} liegen nur .${area.extension}-Dateien.`;
  return area;
}

/** A collection name and entry slug as the git workflow actions name them (they become branch names). */
function entryKey(collection: unknown, slug: unknown, collections: string[]): string | undefined {
  if (typeof collection !== 'string' || !collections.includes(collection)) return `Unbekannte Sammlung „${shown(collection)}“.`;
  if (slug === undefined) return undefined;
  if (typeof slug !== 'string' || !/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(slug) || slug.includes('..')) return `Unzulässiger Eintragsname „${shown(slug)}“.`;
  return undefined;
}

type Params = Record<string, unknown>;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const field = (value: unknown, key: string): unknown => (value && typeof value === 'object' ? (value as Params)[key] : undefined);

/**
 * Judges one API request. Every action is listed; anything else is refused. Decap's git workflow
 * actions (MODE=git with drafts) name entries by collection and slug; they are let through for
 * known collections only.
 */
export function judgeRequest(body: unknown, areas: Area[]): Verdict {
  const action = field(body, 'action');
  const params = (field(body, 'params') ?? {}) as Params;
  if (typeof action !== 'string') return refuse('Anfrage ohne Aktion.', 400);
  const collections = areas.filter((a) => a.kind === 'entries').map((a) => a.folder.slice(a.folder.lastIndexOf('/') + 1));
  const paths: NamedPath[] = [];
  const folders: Area[] = [];
  const problems: string[] = [];

  const path = (value: unknown, kind: Area['kind'] | 'any', writesEntry = false) => {
    const area = areaOf(value, areas);
    if (typeof area === 'string') return problems.push(area);
    if (kind !== 'any' && area.kind !== kind)
      return problems.push(`„${String(value)}“: ${kind === 'media' ? 'Hier sind nur Mediendateien erlaubt.' : 'Hier sind nur Einträge erlaubt.'}`);
    paths.push({ path: value as string, area, writesEntry: writesEntry && area.kind === 'entries' });
  };
  const folder = (value: unknown, kind: Area['kind']) => {
    const area = areas.find((a) => a.folder === value && a.kind === kind);
    if (area) folders.push(area);
    else problems.push(`Ordner „${String(value)}“ gehört nicht zum CMS.`);
  };
  const key = (collection: unknown, slug: unknown) => {
    const problem = entryKey(collection, slug, collections);
    if (problem) problems.push(problem);
  };

  switch (action) {
    case 'info':
    case 'unpublishedEntries':
      break;
    case 'entriesByFolder':
      folder(params.folder, 'entries');
      break;
    case 'entriesByFiles':
      for (const file of list(params.files)) path(field(file, 'path'), 'entries');
      break;
    case 'getEntry':
      path(params.path, 'entries');
      break;
    case 'persistEntry': {
      const dataFiles = params.dataFiles ?? (params.entry ? [params.entry] : []);
      if (list(dataFiles).length === 0) problems.push('Eintrag ohne Datei.');
      for (const file of list(dataFiles)) {
        path(field(file, 'path'), 'entries', true);
        if (field(file, 'newPath') !== undefined) path(field(file, 'newPath'), 'entries', true);
      }
      for (const asset of list(params.assets)) path(field(asset, 'path'), 'media');
      break;
    }
    case 'getMedia':
      folder(params.mediaFolder, 'media');
      break;
    case 'getMediaFile':
      path(params.path, 'media');
      break;
    case 'persistMedia':
      path(field(params.asset, 'path'), 'media');
      break;
    case 'deleteFile':
      path(params.path, 'any', true);
      break;
    case 'deleteFiles':
      if (list(params.paths).length === 0) problems.push('Keine Datei zum Löschen angegeben.');
      for (const p of list(params.paths)) path(p, 'any', true);
      break;
    case 'unpublishedEntry':
      if (params.collection !== undefined || params.slug !== undefined) key(params.collection, params.slug);
      if (params.id !== undefined) {
        const id = shown(params.id);
        key(id.slice(0, id.indexOf('/')), id.slice(id.indexOf('/') + 1));
      }
      break;
    case 'unpublishedEntryDataFile':
      key(params.collection, params.slug);
      path(params.path, 'entries');
      break;
    case 'unpublishedEntryMediaFile':
      key(params.collection, params.slug);
      path(params.path, 'media');
      break;
    case 'deleteUnpublishedEntry':
    case 'updateUnpublishedEntryStatus':
    case 'publishUnpublishedEntry':
    case 'getDeployPreview':
      key(params.collection, params.slug);
      break;
    default:
      return refuse(`Aktion „${action}“ ist nicht erlaubt.`);
  }
  if (problems.length > 0) return refuse(`Abgelehnt: ${problems.join(' ')}`);
  const workflow = field(params.options, 'useWorkflow') === true;
  return { ok: true, action, paths, folders, workflow };
}

/**
 * Request header with which the admin page (admin/cms.ts) names its tab, one editing session:
 * the server remembers which version of each file that tab loaded (lost-update check).
 */
export const SESSION_HEADER = 'x-cms-session';

/** The site's own local origins, the only ones that may call the local CMS server. */
export function localOrigins(sitePort: number | string): string[] {
  return [`http://localhost:${sitePort}`, `http://127.0.0.1:${sitePort}`];
}
