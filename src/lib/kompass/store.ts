import { openDB, type IDBPDatabase } from 'idb';
import { SCHEMA_VERSION, emptyData, kinds, migrate, type KompassData, type Kind, type RecordOf } from './model';

/**
 * The browser's IndexedDB as the only place the tool keeps data. Each write runs in one
 * transaction that first checks the record's revision: a tab that saw an older revision gets
 * StaleWriteError instead of overwriting what another tab saved. After every write a message
 * on a BroadcastChannel tells the other tabs to read the data again.
 */
export const DB_NAME = 'mein-kompass';
const CHANNEL = 'mein-kompass';

export interface Meta {
  schemaVersion: number;
  /** ISO instant of the last export, if any. */
  lastExport?: string;
  /** ISO instant of the first record stored, for the export reminder. */
  firstSaved?: string;
}

export class StaleWriteError extends Error {
  constructor() {
    super(
      'Dieser Eintrag wurde inzwischen in einem anderen Tab geändert. Die Seite zeigt jetzt den neuen Stand; bitte prüfen Sie Ihre Änderung und speichern Sie erneut.',
    );
  }
}

export type Write = { [K in Kind]: { kind: K; record: Omit<RecordOf[K], 'rev'>; baseRev: number | undefined } }[Kind];

/** A storage error in words for the user. */
export function storageMessage(error: unknown): string {
  if (error instanceof StaleWriteError) return error.message;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') {
    return 'Der Speicher Ihres Browsers für diese Website ist voll. Nichts wurde gespeichert. Exportieren Sie Ihre Daten und geben Sie Speicher frei (z. B. alte Jahre löschen) oder erlauben Sie der Website in den Browser-Einstellungen mehr Speicher.';
  }
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'UnknownError' || name === 'NotAllowedError') {
    return 'Ihr Browser erlaubt dieser Website nicht, Daten zu speichern (etwa im privaten Modus oder wenn Website-Daten blockiert sind). Mein Kompass kann so nichts aufbewahren. Erlauben Sie Website-Daten für diese Seite oder nutzen Sie ein normales Fenster.';
  }
  return `Speichern fehlgeschlagen: ${(error as Error)?.message ?? String(error)}`;
}

export class KompassStore {
  private channel: BroadcastChannel;
  private listeners = new Set<() => void>();

  private constructor(private db: IDBPDatabase) {
    this.channel = new BroadcastChannel(CHANNEL);
    this.channel.onmessage = () => this.listeners.forEach((l) => l());
    // Another tab deleting the database needs this one to let go of its connection.
    db.addEventListener('versionchange', () => db.close());
  }

  static async open(name = DB_NAME): Promise<KompassStore> {
    const db = await openDB(name, 1, {
      upgrade(db) {
        for (const kind of kinds) db.createObjectStore(kind, { keyPath: 'id' });
        void db.createObjectStore('meta').put({ schemaVersion: SCHEMA_VERSION } satisfies Meta, 'meta');
      },
    });
    const store = new KompassStore(db);
    await store.migrateStored();
    return store;
  }

  /** Runs the migration chain over stored data of an older schema version, in one transaction. */
  private async migrateStored(): Promise<void> {
    const meta = await this.meta();
    if (meta.schemaVersion >= SCHEMA_VERSION) return;
    const data = migrate({ schemaVersion: meta.schemaVersion, ...(await this.loadAll()) }) as KompassData;
    const tx = this.db.transaction([...kinds, 'meta'], 'readwrite');
    for (const kind of kinds) {
      await tx.objectStore(kind).clear();
      for (const record of data[kind]) await tx.objectStore(kind).put(record);
    }
    await tx.objectStore('meta').put({ ...meta, schemaVersion: SCHEMA_VERSION }, 'meta');
    await tx.done;
  }

  /** Asks the browser not to evict the data under storage pressure; true if it agreed. */
  static async requestPersistence(): Promise<boolean> {
    if (!navigator.storage?.persist) return false;
    return (await navigator.storage.persisted()) || navigator.storage.persist();
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  async loadAll(): Promise<KompassData> {
    const data = emptyData();
    const tx = this.db.transaction(kinds, 'readonly');
    for (const kind of kinds) (data[kind] as unknown[]) = await tx.objectStore(kind).getAll();
    await tx.done;
    return data;
  }

  async meta(): Promise<Meta> {
    return ((await this.db.get('meta', 'meta')) as Meta | undefined) ?? { schemaVersion: SCHEMA_VERSION };
  }

  async setMeta(change: Partial<Meta>): Promise<void> {
    const tx = this.db.transaction('meta', 'readwrite');
    const meta = ((await tx.store.get('meta')) as Meta | undefined) ?? { schemaVersion: SCHEMA_VERSION };
    await tx.store.put({ ...meta, ...change }, 'meta');
    await tx.done;
    this.channel.postMessage('meta');
  }

  /**
   * Saves all writes or none. Each names the revision it started from (undefined for a new
   * record); if any stored revision differs, nothing is written and StaleWriteError is thrown.
   */
  async saveAll(writes: readonly Write[]): Promise<RecordOf[Kind][]> {
    const tx = this.db.transaction([...kinds, 'meta'], 'readwrite');
    // New records go in with add(), which fails if the id exists; only changes need a read first.
    const changes = writes.filter((w) => w.baseRev !== undefined);
    const current = await Promise.all(changes.map((w) => tx.objectStore(w.kind).get(w.record.id) as Promise<{ rev: number } | undefined>));
    if (changes.some((w, i) => current[i]?.rev !== w.baseRev)) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new StaleWriteError();
    }
    const saved = writes.map((w) => ({ ...w.record, rev: (w.baseRev ?? 0) + 1 }));
    const meta = ((await tx.objectStore('meta').get('meta')) as Meta | undefined) ?? { schemaVersion: SCHEMA_VERSION };
    const requests: Promise<unknown>[] = saved.map((record, i) =>
      writes[i].baseRev === undefined ? tx.objectStore(writes[i].kind).add(record) : tx.objectStore(writes[i].kind).put(record),
    );
    if (!meta.firstSaved && writes.length > 0) requests.push(tx.objectStore('meta').put({ ...meta, firstSaved: new Date().toISOString() }, 'meta'));
    // A full quota or an existing id rejects the requests and the transaction; all are awaited, so none is left unhandled.
    try {
      await Promise.all([...requests, tx.done]);
    } catch (error) {
      await tx.done.catch(() => undefined);
      throw (error as { name?: string }).name === 'ConstraintError' ? new StaleWriteError() : error;
    }
    this.channel.postMessage('data');
    return saved;
  }

  async save<K extends Kind>(kind: K, record: Omit<RecordOf[K], 'rev'>, baseRev: number | undefined): Promise<RecordOf[K]> {
    const [saved] = await this.saveAll([{ kind, record, baseRev } as Write]);
    return saved as RecordOf[K];
  }

  /** Deletes a record if it still has the revision the caller saw. */
  async remove(kind: Kind, id: string, baseRev: number): Promise<void> {
    const tx = this.db.transaction(kind, 'readwrite');
    const current = (await tx.store.get(id)) as { rev: number } | undefined;
    if (current?.rev !== baseRev) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new StaleWriteError();
    }
    await tx.store.delete(id);
    await tx.done;
    this.channel.postMessage('data');
  }

  /** Replaces everything with `data` (import of an export file), in one transaction. */
  async replaceAll(data: KompassData): Promise<void> {
    const tx = this.db.transaction(kinds, 'readwrite');
    const requests: Promise<unknown>[] = [];
    for (const kind of kinds) {
      requests.push(tx.objectStore(kind).clear());
      for (const record of data[kind]) requests.push(tx.objectStore(kind).put(record));
    }
    await Promise.all([...requests, tx.done]);
    this.channel.postMessage('data');
  }

  /** „Alle Daten löschen“: empties every store, including the export date. */
  async clearAll(): Promise<void> {
    const tx = this.db.transaction([...kinds, 'meta'], 'readwrite');
    await Promise.all([
      ...kinds.map((kind) => tx.objectStore(kind).clear()),
      tx.objectStore('meta').put({ schemaVersion: SCHEMA_VERSION } satisfies Meta, 'meta'),
      tx.done,
    ]);
    this.channel.postMessage('data');
  }
}

/** Days since the data was last exported (or first saved, if never exported); undefined without data. */
export function daysSinceExport(meta: Meta, now: Date): number | undefined {
  const since = meta.lastExport ?? meta.firstSaved;
  if (!since) return undefined;
  return Math.floor((now.getTime() - new Date(since).getTime()) / 86_400_000);
}
