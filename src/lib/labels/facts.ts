import type { Label } from '../../schemas/label';
import { allCriteria, type CriterionKey } from '../../vocab/labels';

/** The criteria a label covers ("yes"), in vocabulary order. */
export function coveredCriteria(label: Pick<Label, 'criteria'>): CriterionKey[] {
  return (Object.keys(allCriteria) as CriterionKey[]).filter((k) => label.criteria[k] === 'yes');
}

/** The most recent "lastChecked" day of a set of labels, undefined for none. */
export function latestCheck(labels: readonly { data: Pick<Label, 'lastChecked'> }[]): string | undefined {
  return labels.map((l) => l.data.lastChecked).sort().at(-1);
}
