/**
 * What Decap hands a preview template, and the entry read back as the site's types. Forms may be
 * half-filled: what they do not hold yet becomes empty text or "unknown", never an error.
 */
import type { ReactNode } from 'react';
import type { Contact } from '../src/schemas/contact';
import type { Example } from '../src/schemas/example';
import type { Label } from '../src/schemas/label';
import type { StateEntry } from '../src/schemas/state';
import { seminarSchema, type Seminar } from '../src/schemas/seminar';
import {
  allCriteria,
  coverage,
  focusLevel,
  labelStatuses,
  labelTypes,
  livingWageValues,
  supplyChainStages,
  verificationTypes,
  vgvConditions,
  vgvStatus,
} from '../src/vocab/labels';
import { isConvertible } from './decap-types';
import { withoutBlanks } from './validate';

/** Decap's PreviewTemplateComponentProps as far as the previews read them, with Immutable 4's getIn (unknown, not any). */
export interface PreviewProps {
  entry: { getIn(path: string[]): unknown };
  widgetFor(name: string): ReactNode;
  getAsset(path: string): { toString(): string } | undefined;
  /** What relation fields know about the entries they point to: field → collection → value → entry data. */
  fieldsMetaData?: { getIn(path: string[]): unknown };
}

export function text(props: PreviewProps, field: string): string {
  const value = props.entry.getIn(['data', field]);
  return typeof value === 'string' ? value : '';
}

export function list(props: PreviewProps, field: string): unknown[] {
  const value = props.entry.getIn(['data', field]);
  return isConvertible(value) ? (value.toJS() as unknown[]) : Array.isArray(value) ? value : [];
}

export function record(props: PreviewProps, field: string): Record<string, unknown> | undefined {
  const value = props.entry.getIn(['data', field]);
  const plain = isConvertible(value) ? value.toJS() : value;
  return plain && typeof plain === 'object' && !Array.isArray(plain) ? (plain as Record<string, unknown>) : undefined;
}

/** A member of a half-filled form value, whatever that value is so far. */
function member(value: unknown, key: string): unknown {
  return (value as Record<string, unknown> | null | undefined)?.[key];
}

/** The whole form as plain data; {} while Decap holds none. */
function formData(props: PreviewProps): unknown {
  const data = props.entry.getIn(['data']);
  return withoutBlanks((isConvertible(data) ? data.toJS() : undefined) ?? {});
}

/** A text field of the entry a relation field points to, once Decap has loaded it; else the file name. */
export function relatedName(props: PreviewProps, field: string, collection: string, id: string, name: string): string {
  const value = props.fieldsMetaData?.getIn([field, collection, id, name]);
  return typeof value === 'string' ? value : id;
}

/** The contact the form names, once Decap has loaded it. */
export function contactFromForm(props: PreviewProps): Contact | undefined {
  const id = text(props, 'contact');
  const value = id ? props.fieldsMetaData?.getIn(['contact', 'contacts', id]) : undefined;
  const contact = isConvertible(value) ? value.toJS() : value;
  return contact && typeof member(contact, 'name') === 'string' && typeof member(contact, 'email') === 'string' ? (contact as Contact) : undefined;
}

function keyOf<T extends Record<string, string>>(vocab: T, value: unknown, fallback: keyof T): keyof T {
  return typeof value === 'string' && value in vocab ? value : fallback;
}

/** The evidence entries of a form value that have an address; undefined for none. */
function evidenceOf(value: unknown): unknown[] | undefined {
  const evidence = member(value, 'evidence');
  const list = Array.isArray(evidence) ? (evidence as unknown[]).filter((e) => typeof member(e, 'url') === 'string' && member(e, 'url')) : [];
  return list.length ? list : undefined;
}

function factOf<T extends Record<string, string>>(given: unknown, vocab: T) {
  return { value: keyOf(vocab, member(given, 'value'), 'unknown'), evidence: evidenceOf(given) };
}

/** A VgV condition's reason, if the form holds one that is more than blanks. */
function reasonOf(given: unknown): string | undefined {
  const reason = member(given, 'reason');
  return typeof reason === 'string' && reason.trim() ? reason : undefined;
}

/** A label as the site's components expect it; what the form does not hold yet counts as unknown. */
export function labelFromForm(props: PreviewProps): Label {
  const facts = (field: string, keys: Record<string, string>, vocabFor: (key: string) => Record<string, string>) => {
    const given = record(props, field) ?? {};
    return Object.fromEntries(Object.keys(keys).map((k) => [k, factOf(given[k], vocabFor(k))]));
  };
  const focus = record(props, 'focus') ?? {};
  const inactive = record(props, 'inactive');
  const vgv = record(props, 'vgv') ?? {};
  return {
    name: text(props, 'name'),
    issuer: text(props, 'issuer'),
    status: keyOf(labelStatuses, text(props, 'status'), 'active'),
    inactive:
      inactive && (inactive.since || inactive.reason)
        ? { since: inactive.since ?? '', reason: inactive.reason ?? '', evidence: evidenceOf(inactive) ?? [] }
        : undefined,
    summary: text(props, 'summary'),
    productGroups: list(props, 'productGroups').filter((g) => typeof g === 'string'),
    labelType: keyOf(labelTypes, text(props, 'labelType'), 'product'),
    verification: factOf(record(props, 'verification'), verificationTypes),
    focus: { social: keyOf(focusLevel, focus.social, 'unknown'), environmental: keyOf(focusLevel, focus.environmental, 'unknown') },
    criteria: facts('criteria', allCriteria, (k) => (k === 'livingWage' ? livingWageValues : coverage)),
    supplyChain: facts('supplyChain', supplyChainStages, () => coverage),
    vgv: Object.fromEntries(Object.keys(vgvConditions).map((k) => [k, { ...factOf(vgv[k], vgvStatus), reason: reasonOf(vgv[k]) }])),
    notes: text(props, 'notes') || undefined,
    assessments: list(props, 'assessments').filter((a) => member(a, 'verdict')),
    warnings: list(props, 'warnings').filter((w) => member(w, 'text')),
    sources: list(props, 'sources').filter((u) => typeof u === 'string' && u),
    lastChecked: text(props, 'lastChecked'),
  } as Label;
}

// Files may leave out what has a default; the site shows the default, so the preview does too.
const seminarDefaults = { cost: seminarSchema.shape.cost.parse(undefined), organizer: seminarSchema.shape.organizer.parse(undefined) };

/** A seminar as the view model expects it; the builder copes with what is still unfinished. */
export function seminarFromForm(props: PreviewProps): Seminar {
  const data = formData(props) as Partial<Seminar>;
  const { venue, registrationDeadline, agenda = [] } = data;
  return {
    ...{ title: '', summary: '', start: '', end: '', audience: '', topics: [], partners: [], productGroups: [] },
    ...seminarDefaults,
    ...data,
    venue: venue && (venue.name || venue.street || venue.city) ? venue : undefined,
    registrationDeadline: /^\d{4}-\d{2}-\d{2}$/.test(registrationDeadline ?? '') ? registrationDeadline : undefined,
    agenda: agenda.filter((a) => a.time || a.item),
  } as Seminar;
}

/** A practice example as the view model expects it; unfinished fields stay empty. */
export function exampleFromForm(props: PreviewProps): Example {
  const data = formData(props) as Partial<Example>;
  return {
    ...{
      title: '',
      kind: '',
      municipality: '',
      state: '',
      authorityType: '',
      sizeClass: 'unknown',
      productGroups: [],
      labels: [],
      criteria: '',
      placement: [],
      procedure: 'unknown',
      outcome: '',
      documents: [],
      sources: [],
      lastChecked: '',
    },
    ...data,
    year: typeof data.year === 'number' ? data.year : Number(data.year) || 0,
  } as Example;
}

/** A Land's entry as the view model expects it; unfinished parts stay empty or unknown. */
export function stateFromForm(props: PreviewProps): StateEntry {
  const data = formData(props) as Partial<StateEntry>;
  return { ...{ name: '', abbreviation: '', links: [], sources: [], asOf: '' }, ...data } as StateEntry;
}
