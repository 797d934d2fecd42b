import { loadGroups, loadLabels } from '../labels/collections';
import { loadStates } from '../states/collection';

/** Display names and collection order of what examples refer to: Länder, product groups, labels. */
export async function exampleReferences() {
  const [states, groups, labels] = await Promise.all([loadStates(), loadGroups(), loadLabels()]);
  return {
    names: {
      states: Object.fromEntries(states.map((s) => [s.slug, s.data.name])),
      groups: Object.fromEntries(groups.map((g) => [g.slug, g.data.name])),
      labels: Object.fromEntries(labels.map((l) => [l.slug, l.data.name])),
    },
    order: { states: states.map((s) => s.slug), groups: groups.map((g) => g.slug), labels: labels.map((l) => l.slug) },
    groupCpv: Object.fromEntries(groups.map((g) => [g.slug, g.data.cpv.map((c) => c.code)])),
  };
}
