import type { AssistantData, AssistantExample, AssistantGroup, AssistantLabel, GroupRisk } from './data';
import type { AssistantState } from './state';

/**
 * The assistant's data in the parts a visit loads (docs/vergabeassistent.md): one common file
 * with what the legal frame and the choice of a group need, and one file per product group with
 * its labels, risks and practice examples. Built from the whole data at build time; the browser
 * joins the common part with the groups' parts it loaded back into AssistantData, so the steps
 * and the Vermerk read the same shape as on the server.
 */

/** Everything except the groups' own labels, risks and examples. */
export interface AssistantCommon extends Omit<AssistantData, 'groups' | 'labels' | 'examples'> {
  /** The groups without their risks, each with the address of its part. */
  groups: Record<string, Omit<AssistantGroup, 'risks'> & { part: string }>;
  /** The product groups of each active label, to tell which group's part holds a chosen label. */
  labelGroups: Record<string, string[]>;
}

/** One product group's part: its active labels (in the order of `known.labels`), risks and examples. */
export interface AssistantGroupPart {
  group: string;
  risks: GroupRisk[];
  labels: Record<string, AssistantLabel>;
  examples: AssistantExample[];
}

/** `partHref` is routes.assistantGroupData; passed in, so the browser's share of this module needs no routes. */
export function commonPart(data: AssistantData, partHref: (slug: string) => string): AssistantCommon {
  const { known, dataDate, buildDay, norms, thresholds, valueLimits, states, lccTool } = data;
  return {
    known,
    dataDate,
    buildDay,
    norms,
    thresholds,
    valueLimits,
    states,
    groups: Object.fromEntries(
      Object.entries(data.groups).map(([slug, g]) => [
        slug,
        { name: g.name, description: g.description, href: g.href, examplesHref: g.examplesHref, cpv: g.cpv, part: partHref(slug) },
      ]),
    ),
    labelGroups: Object.fromEntries(Object.entries(data.labels).map(([slug, l]) => [slug, l.groups])),
    lccTool,
  };
}

export function groupPart(data: AssistantData, slug: string): AssistantGroupPart {
  return {
    group: slug,
    risks: data.groups[slug]?.risks ?? [],
    labels: Object.fromEntries(Object.entries(data.labels).filter(([, l]) => l.groups.includes(slug))),
    examples: data.examples.filter((e) => e.groups.includes(slug)),
  };
}

/**
 * The groups whose parts the answers need, the chosen group first: it holds the group's labels,
 * risks and examples; a chosen label outside it (from a shared link or the Kriterienkorb) comes
 * from a group already loaded if one holds it, else from its first group.
 */
export function partsFor(
  state: Pick<AssistantState, 'gruppe' | 'gz'>,
  common: Pick<AssistantCommon, 'labelGroups' | 'known'>,
  loaded: ReadonlySet<string> = new Set(),
): string[] {
  const slugs = state.gruppe && common.known.groups.includes(state.gruppe) ? [state.gruppe] : [];
  for (const label of state.gz) {
    const groups = (common.labelGroups[label] ?? []).filter((g) => common.known.groups.includes(g));
    if (!groups.length || groups.some((g) => slugs.includes(g))) continue;
    slugs.push(groups.find((g) => loaded.has(g)) ?? groups[0]);
  }
  return slugs;
}

/**
 * The data for buildPhases and buildVermerk from the common part and the parts `partsFor` names,
 * in that order. Labels keep the order of `known.labels`; examples are those of the parts, the
 * first part's in its order, so the chosen group's list reads as on the server. Groups without a
 * part have no risks here; the steps read the risks of the chosen group only.
 */
export function joinParts(common: AssistantCommon, parts: readonly AssistantGroupPart[]): AssistantData {
  const { known, dataDate, buildDay, norms, thresholds, valueLimits, states, lccTool } = common;
  const labels: Record<string, AssistantLabel> = {};
  for (const slug of common.known.labels) {
    const label = parts.find((part) => part.labels[slug])?.labels[slug];
    if (label) labels[slug] = label;
  }
  const seen = new Set<string>();
  const examples = parts.flatMap((part) => part.examples).filter((e) => !seen.has(e.href) && (seen.add(e.href), true));
  return {
    known,
    dataDate,
    buildDay,
    norms,
    thresholds,
    valueLimits,
    states,
    groups: Object.fromEntries(
      Object.entries(common.groups).map(([slug, g]) => [
        slug,
        {
          name: g.name,
          description: g.description,
          href: g.href,
          examplesHref: g.examplesHref,
          cpv: g.cpv,
          risks: parts.find((part) => part.group === slug)?.risks ?? [],
        },
      ]),
    ),
    labels,
    examples,
    lccTool,
  };
}
