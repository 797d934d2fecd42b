/**
 * The site's vocabularies as the tool sees them, embedded in its page at build time: product
 * groups and labels by slug, name and status only.
 */
export interface KompassVocab {
  groups: { slug: string; name: string }[];
  labels: { slug: string; name: string; status: string }[];
}

/** The value of `Nachweis` for a proof that is neither a label nor marked equivalent. */
export const OTHER_PROOF = 'sonstiger Nachweis';

const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');

export interface Matcher {
  group(value: string): string | undefined;
  label(value: string): string | undefined;
  groupName(slug: string): string;
  labelName(slug: string): string;
  isActiveLabel(slug: string): boolean;
  isKnownLabel(slug: string): boolean;
}

/** Finds product groups and labels by name or slug, ignoring case and extra spaces. */
export function matcher(vocab: KompassVocab): Matcher {
  const groups = new Map<string, string>();
  const labels = new Map<string, string>();
  for (const g of vocab.groups) groups.set(norm(g.name), g.slug).set(norm(g.slug), g.slug);
  for (const l of vocab.labels) labels.set(norm(l.name), l.slug).set(norm(l.slug), l.slug);
  const groupNames = new Map(vocab.groups.map((g) => [g.slug, g.name]));
  const labelBySlug = new Map(vocab.labels.map((l) => [l.slug, l]));
  return {
    group: (value) => groups.get(norm(value)),
    label: (value) => labels.get(norm(value)),
    groupName: (slug) => groupNames.get(slug) ?? `${slug} (nicht mehr im Datenbestand)`,
    labelName: (slug) => labelBySlug.get(slug)?.name ?? `${slug} (nicht mehr im Datenbestand)`,
    isActiveLabel: (slug) => labelBySlug.get(slug)?.status === 'active',
    isKnownLabel: (slug) => labelBySlug.has(slug),
  };
}

export { norm as normalizeName };
