import type { CollectionSpec } from '../src/schemas/registry';
import type { CmsField } from './field-widgets';
import { withoutHelperFields } from './file-names';
import { inSchemaOrder } from './json-file';

/**
 * The check the CMS runs before it saves: the same zod schema the build uses, so rules Decap's
 * form cannot express (an image needs alt text, an end after its start, …) stop the save with
 * the field named, instead of breaking the next build.
 */

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'object' && !Array.isArray(value)) return Object.values(value).every(isBlank);
  return false;
}

/**
 * Drops what an editor left empty (Decap writes "" for a cleared optional field, and an
 * untouched optional object as { src: "", alt: "" }) so the file holds only real values.
 */
export function withoutBlanks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutBlanks);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (isBlank(item)) continue;
      out[key] = withoutBlanks(item);
    }
    return out;
  }
  return value;
}

/** "awards.0.place" → "Preise › 1 › Platz", using the CMS labels the editor sees. */
export function fieldLabelPath(fields: CmsField[], path: PropertyKey[]): string {
  const labels: string[] = [];
  let current: CmsField[] | undefined = fields;
  for (const part of path) {
    if (typeof part === 'number') {
      labels.push(String(part + 1));
      continue;
    }
    const field: CmsField | undefined = current?.find((f) => f.name === part);
    labels.push(field?.label ?? String(part));
    current = (field?.fields as CmsField[] | undefined) ?? (field?.field ? [field.field as CmsField] : undefined);
  }
  return labels.join(' › ');
}

export interface SaveProblem {
  /** The field as the editor sees it: "Preise › 1 › Platz". */
  field: string;
  /** The top-level field the problem belongs to ("" for the entry as a whole). */
  key: string;
  message: string;
}

/** Validates an entry's data (without the Markdown body) against its collection's schema. */
export function problemsBeforeSave(spec: CollectionSpec, fields: CmsField[], data: Record<string, unknown>): SaveProblem[] {
  // The helper fields (file name, loaded source) are not part of the entry (strict schemas refuse them).
  const { body: _body, ...frontMatter } = withoutHelperFields(data);
  // As written: an untouched optional list (the evidence of an unknown value) is left out, not saved empty.
  const result = spec.schema.safeParse(inSchemaOrder(spec.schema, withoutBlanks(frontMatter)));
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    field: fieldLabelPath(fields, issue.path) || spec.labelSingular,
    key: typeof issue.path[0] === 'string' ? issue.path[0] : '',
    message: issue.message,
  }));
}

/** The messages for one top-level field, as the form shows them under the field. */
export function problemsOfField(problems: SaveProblem[], key: string): string {
  return describeProblems(problems.filter((p) => p.key === key));
}

export function describeProblems(problems: SaveProblem[]): string {
  return problems.map((p) => `„${p.field}“ ${p.message}`).join('; ');
}
