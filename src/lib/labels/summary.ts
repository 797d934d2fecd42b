import type { Label } from '../../schemas/label';
import { criteriaGroups, focusAreas, focusLevel } from '../../vocab/labels';

export interface CoverageCount {
  group: keyof typeof criteriaGroups;
  label: string;
  yes: number;
  no: number;
  unknown: number;
  total: number;
}

/** Per criteria group: how many criteria are covered, not covered or unknown. */
export function coverageCounts(label: Label): CoverageCount[] {
  return (Object.keys(criteriaGroups) as (keyof typeof criteriaGroups)[]).map((group) => {
    const keys = Object.keys(criteriaGroups[group].criteria) as (keyof Label['criteria'])[];
    const values = keys.map((k) => label.criteria[k]);
    return {
      group,
      label: criteriaGroups[group].label,
      yes: values.filter((v) => v === 'yes').length,
      no: values.filter((v) => v === 'no').length,
      unknown: values.filter((v) => v === 'unknown').length,
      total: keys.length,
    };
  });
}

/** "Soziale Kriterien: Schwerpunkt · Umweltkriterien: teilweise" */
export function focusText(label: Label): string {
  return (Object.keys(focusAreas) as (keyof typeof focusAreas)[])
    .map((k) => `${focusAreas[k]}: ${focusLevel[label.focus[k]]}`)
    .join(' · ');
}
