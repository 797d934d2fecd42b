import { getCollection } from 'astro:content';
import type { Label } from '../../schemas/label';
import type { ProductGroup } from '../../schemas/productgroup';

export interface LabelItem {
  slug: string;
  data: Label;
}
export interface GroupItem {
  slug: string;
  data: ProductGroup;
}

/** Labels sorted by name (German collation), active ones first. */
export async function loadLabels(): Promise<LabelItem[]> {
  const entries = await getCollection('labels');
  const collator = new Intl.Collator('de');
  return entries
    .map((e) => ({ slug: e.id, data: e.data }))
    .sort((a, b) => Number(a.data.status === 'inactive') - Number(b.data.status === 'inactive') || collator.compare(a.data.name, b.data.name));
}

export async function loadGroups(): Promise<GroupItem[]> {
  const entries = await getCollection('productgroups');
  return entries.map((e) => ({ slug: e.id, data: e.data })).sort((a, b) => a.data.order - b.data.order);
}

export function groupNames(groups: readonly GroupItem[]): Record<string, string> {
  return Object.fromEntries(groups.map((g) => [g.slug, g.data.name]));
}
