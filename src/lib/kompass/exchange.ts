import type { z } from 'zod';
import { de } from 'zod/locales';
import { SCHEMA_VERSION, exportSchema, kinds, migrate, type KompassData, type KompassExport, type Kind } from './model';

/** The export file: everything the tool stores, with format name and schema version. */
export function exportData(data: KompassData, now: Date): KompassExport {
  return { format: 'mein-kompass', schemaVersion: SCHEMA_VERSION, exportedAt: now.toISOString(), ...data };
}

export const exportFileName = (now: Date) => `mein-kompass-${now.toISOString().slice(0, 10)}.json`;

const kindNames: Record<Kind, string> = { purchases: 'Einkauf', goals: 'Ziel', measures: 'Maßnahme', equivalents: 'Gleichwertiger Nachweis' };
const fieldNames: Record<string, string> = {
  purchases: 'Einkäufe',
  goals: 'Ziele',
  measures: 'Maßnahmen',
  equivalents: 'Gleichwertige Nachweise',
};

const germanMessages = de().localeError;

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map((p, i) => (i === 0 && typeof p === 'string' ? (fieldNames[p] ?? p) : typeof p === 'number' ? `Nr. ${p + 1}` : String(p)));
  const where = path.length > 0 ? `Feld „${path.join(' › ')}“: ` : '';
  let message = issue.message;
  if (issue.code === 'invalid_type') message = 'fehlt oder hat den falschen Typ';
  if (issue.code === 'unrecognized_keys') message = `unbekannte Felder ${issue.keys.map((k) => `„${k}“`).join(', ')}`;
  if (issue.code === 'too_small' && issue.origin === 'number') message = `muss mindestens ${issue.minimum} sein`;
  if (issue.code === 'too_big' && issue.origin === 'number') message = `darf höchstens ${issue.maximum} sein`;
  if (issue.code === 'invalid_value') message = `unzulässiger Wert (erlaubt: ${issue.values.map(String).join(', ')})`;
  return `${where}${message}`;
}

export type ImportResult = { ok: true; data: KompassData; exportedAt: string } | { ok: false; problems: string[] };

/**
 * Reads an export file: JSON, migrated to the current schema version, checked in full. Any
 * problem rejects the whole file, so nothing is imported half.
 */
export function parseExport(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problems: ['Die Datei ist keine JSON-Datei.'] };
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [`Die Datei hat die Version ${version}; dieses Werkzeug kennt nur Versionen bis ${SCHEMA_VERSION}. Laden Sie die Seite neu.`],
    };
  }
  let migrated: unknown;
  try {
    migrated = migrate(raw);
  } catch (error) {
    return { ok: false, problems: [(error as Error).message] };
  }
  const result = exportSchema.safeParse(migrated, { error: germanMessages });
  if (!result.success) return { ok: false, problems: result.error.issues.map(describeIssue) };
  const problems: string[] = [];
  for (const kind of kinds) {
    const seen = new Set<string>();
    for (const record of result.data[kind]) {
      if (seen.has(record.id)) problems.push(`Feld „${fieldNames[kind]}“: die Kennung ${record.id} kommt mehrfach vor`);
      seen.add(record.id);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const { format: _format, schemaVersion: _version, exportedAt, ...data } = result.data;
  return { ok: true, data, exportedAt };
}

export interface Conflict<K extends Kind = Kind> {
  kind: K;
  kindName: string;
  mine: KompassData[K][number];
  theirs: KompassData[K][number];
}

export interface MergePlan {
  /** Records only in the colleague's file: added as they are. */
  added: { kind: Kind; record: KompassData[Kind][number] }[];
  /** Same id, different content: the user decides for each. */
  conflicts: Conflict[];
  /** Same id, same content. */
  unchanged: number;
}

/** The record's content without its revision, with keys in a fixed order: stored and parsed records order them differently. */
function content(record: { rev: number }): string {
  const sorted = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [k, sorted(v)]),
        )
      : value;
  return JSON.stringify(sorted({ ...record, rev: 0 }));
}

/** Compares a colleague's data with one's own, record by record by id. */
export function planMerge(mine: KompassData, theirs: KompassData): MergePlan {
  const plan: MergePlan = { added: [], conflicts: [], unchanged: 0 };
  for (const kind of kinds) {
    const own = new Map<string, KompassData[Kind][number]>(mine[kind].map((r) => [r.id, r]));
    for (const record of theirs[kind]) {
      const existing = own.get(record.id);
      if (!existing) plan.added.push({ kind, record });
      else if (content(existing) === content(record)) plan.unchanged += 1;
      else plan.conflicts.push({ kind, kindName: kindNames[kind], mine: existing, theirs: record });
    }
  }
  return plan;
}

/**
 * The records to write after the user decided: additions, plus the colleague's version of each
 * conflict where `takeTheirs` holds, based on one's own revision so the store accepts it as the next.
 */
export function resolveMerge(
  plan: MergePlan,
  takeTheirs: readonly boolean[],
): { kind: Kind; record: KompassData[Kind][number]; baseRev: number | undefined }[] {
  const writes: { kind: Kind; record: KompassData[Kind][number]; baseRev: number | undefined }[] = plan.added.map((a) => ({ ...a, baseRev: undefined }));
  plan.conflicts.forEach((c, i) => {
    if (takeTheirs[i]) writes.push({ kind: c.kind, record: c.theirs, baseRev: c.mine.rev });
  });
  return writes;
}
