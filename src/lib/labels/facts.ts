import type { Label } from '../../schemas/label';

/** The most recent "lastChecked" day of a set of labels, undefined for none. */
export function latestCheck(labels: readonly { data: Pick<Label, 'lastChecked'> }[]): string | undefined {
  return labels
    .map((l) => l.data.lastChecked)
    .sort()
    .at(-1);
}
