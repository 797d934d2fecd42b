import type { Answer, PhaseKey, PlacementParam } from './state';

/**
 * The document model the assistant's steps and the Vermerk are written in: plain data, rendered
 * by one component on the page and turned into text or DOCX for downloads, so all three agree.
 */

/** A piece of text, or a link (a site route or an external https address). */
export type Inline = string | { text: string; href: string };

export type Block =
  | { type: 'p'; text: Inline[] }
  | { type: 'list'; items: Inline[][] }
  /** Rendered as <dl>. */
  | { type: 'facts'; rows: { term: string; value: Inline[] }[] }
  | { type: 'note'; tone: 'info' | 'warning'; title?: string; text: Inline[] }
  /** The first cell of a row heads the row. */
  | { type: 'table'; caption: string; head: string[]; rows: Inline[][][] }
  /** A sub-heading inside a section. */
  | { type: 'heading'; text: string };

export interface Link {
  text: string;
  href: string;
}

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

export type Question =
  | { kind: 'number'; param: 'wert'; label: string; hint?: string; value?: number; unit: 'Euro' }
  /** Radio buttons. */
  | { kind: 'choice'; param: string; label: string; hint?: string; options: Option[]; value?: string }
  /** A <select>. */
  | { kind: 'select'; param: string; label: string; hint?: string; options: Option[]; value?: string }
  /** Checkboxes; an option's `placement` is the one chosen for it, or the only one it allows (schemes: performance condition). */
  | { kind: 'labels'; param: 'gz'; label: string; hint?: string; options: (Option & { placement?: PlacementParam })[]; value: string[] }
  /** ja / nein / offen. */
  | { kind: 'answer'; param: `markt:${string}` | 'lzk'; label: string; hint?: string; value?: Answer };

export interface PhaseView {
  key: PhaseKey;
  number: 1 | 2 | 3 | 4 | 5;
  title: string;
  /** Plain-German explanation of the step. */
  intro: Block[];
  /** „Warum das wichtig ist“. */
  why: Block[];
  /** The legal source(s) of this step, from norms.json and the Länder entries. */
  sources: Link[];
  questions: Question[];
  /** What follows from the answers so far. */
  result: Block[];
  /** A "no" that ends the path: why, and what to do instead. */
  stop?: { title: string; reason: Block[]; instead: Block[] };
  /** Every question the Vermerk needs from this step is answered. */
  complete: boolean;
}

/** Shown once on the assistant page and once in the Vermerk. */
export const DISCLAIMER =
  'Der Vergabeassistent gibt Informationen, keine Rechtsberatung. Er ersetzt nicht die Prüfung im Einzelfall durch Ihre Vergabestelle oder Rechtsberatung. Prüfen Sie die genannten Vorschriften und Quellen, bevor Sie sie verwenden.';

/** The text of inline pieces without links. */
export function inlineText(parts: readonly Inline[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');
}

export const link = (text: string, href: string): Inline => ({ text, href });
export const p = (...text: Inline[]): Block => ({ type: 'p', text });
export const note = (tone: 'info' | 'warning', text: Inline[], title?: string): Block =>
  title ? { type: 'note', tone, title, text } : { type: 'note', tone, text };
