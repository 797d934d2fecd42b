import type { CmsField } from './field-widgets';
import { fieldLabelPath, withoutBlanks } from './validate';

/**
 * "Zuletzt geprüft" after an edit: when an editor changes a fact of an entry (a value, its reason
 * or its evidence), the form offers to set the entry's check date and the check date of that
 * fact's evidence to today. Never silently: admin/widgets.ts shows the offer next to the fields,
 * the editor decides. Pure; tests/unit/checked-today.test.ts.
 *
 * A fact is an object that carries its own evidence (`evidence: [{ url, note, checked }]`: the
 * values, § 34 conditions, the inactive note and warnings of a label) or its own check date
 * (`url` and `checked`: an external assessment).
 */

type Data = Record<string, unknown>;
type Path = (string | number)[];

/** The top-level field holding an entry's check date. */
export const LAST_CHECKED = 'lastChecked';

const isRecord = (value: unknown): value is Data => !!value && typeof value === 'object' && !Array.isArray(value);

const childNames = (field: CmsField) => ((field.fields as CmsField[] | undefined) ?? []).map((f) => f.name);

/** Whether a form field holds one fact: an object with an evidence list, or with an address and a check date. */
export function isFactField(field: CmsField): boolean {
  const names = childNames(field);
  return names.includes('evidence') || (names.includes('url') && names.includes('checked'));
}

export interface Fact {
  path: Path;
  /** Whether its check dates are those of its evidence (else its own `checked`). */
  evidenced: boolean;
}

/** Every fact the form's fields hold in `data` (list items by position); a fact's own evidence is part of it. */
export function facts(fields: CmsField[], data: unknown, path: Path = []): Fact[] {
  const record = isRecord(data) ? data : {};
  return fields.flatMap((field) => {
    if (!Array.isArray(field.fields)) return [];
    const here = [...path, field.name];
    const value = record[field.name];
    const fact = (p: Path) => ({ path: p, evidenced: childNames(field).includes('evidence') });
    if (field.widget === 'list') {
      const items = Array.isArray(value) ? value : [];
      return items.flatMap((item, i) => (isFactField(field) ? [fact([...here, i])] : facts(field.fields as CmsField[], item, [...here, i])));
    }
    return isFactField(field) ? [fact(here)] : facts(field.fields as CmsField[], value, here);
  });
}

function at(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Data)[key] : undefined), data);
}

/** What a fact says, without its check dates, what the form leaves blank (Decap's "" and []) and key order. */
function content(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(content);
  if (!isRecord(value)) return value;
  const out: Data = {};
  for (const [key, item] of Object.entries(withoutBlanks(value) as Data).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (key === 'checked' || (Array.isArray(item) && item.length === 0)) continue;
    out[key] = content(item);
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(content(a)) === JSON.stringify(content(b));

/** The facts whose value, reason or evidence differ between the file as loaded and the form; removed facts count too. */
export function changedFacts(fields: CmsField[], before: Data, after: Data): Fact[] {
  const all = new Map<string, Fact>();
  for (const fact of [...facts(fields, after), ...facts(fields, before)]) all.set(JSON.stringify(fact.path), fact);
  return [...all.values()].filter(({ path }) => !same(at(before, path), at(after, path)));
}

/** The fact with today's check date where the edit concerns it: new or changed evidence, else all of its evidence. */
function checkedFact(before: unknown, fact: Data, evidenced: boolean, today: string): Data {
  if (!evidenced) return { ...fact, checked: today };
  const old = Array.isArray((before as Data | undefined)?.evidence) ? ((before as Data).evidence as unknown[]) : [];
  const evidence: unknown[] = Array.isArray(fact.evidence) ? fact.evidence : [];
  const edited = evidence.map((item) => !old.some((o) => same(o, item)));
  const touch = edited.some(Boolean) ? edited : evidence.map(() => true);
  return { ...fact, evidence: evidence.map((item, i) => (touch[i] && isRecord(item) ? { ...item, checked: today } : item)) };
}

function setAt(data: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  if (Array.isArray(data)) return (data as unknown[]).map((item, i) => (i === key ? setAt(item, rest, value) : item));
  return { ...(data as Data), [key]: setAt((data as Data)[key], rest, value) };
}

export interface CheckedOffer {
  /** Today in Germany (YYYY-MM-DD). */
  today: string;
  /** The changed facts as the form names them ("Kriterien › Keine Zwangsarbeit …"). */
  facts: string[];
  /** The top-level fields that show the offer: those of the changed facts, and the check date. */
  at: string[];
  /** The form's data with the check dates set to today. */
  updated: Data;
}

/**
 * The offer for the form as it stands, compared with the file as loaded; undefined when no fact
 * changed or every date concerned is already today (after the editor accepted, say).
 */
export function checkedOffer(before: Data, after: Data, today: string, fields: CmsField[]): CheckedOffer | undefined {
  const changed = changedFacts(fields, before, after);
  if (changed.length === 0) return undefined;
  let updated: unknown = fields.some((f) => f.name === LAST_CHECKED) ? { ...after, [LAST_CHECKED]: today } : after;
  for (const { path, evidenced } of changed) {
    const fact = at(after, path);
    if (isRecord(fact)) updated = setAt(updated, path, checkedFact(at(before, path), fact, evidenced, today));
  }
  if (JSON.stringify(updated) === JSON.stringify(after)) return undefined;
  const tops = new Set(changed.map(({ path }) => String(path[0])));
  if (fields.some((f) => f.name === LAST_CHECKED)) tops.add(LAST_CHECKED);
  return {
    today,
    facts: changed.map(({ path }) => fieldLabelPath(fields, path)),
    at: fields.map((f) => f.name).filter((name) => tops.has(name)),
    updated: updated as Data,
  };
}
