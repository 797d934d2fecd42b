import type { StateEntry } from '../../schemas/state';
import { bindingValues, cemeteryRules, socialCriteriaStatuses, uvgoStatuses } from '../../vocab/states';
import { formatDate } from '../format';
import { isStale, STAND_MAX_MONTHS } from '../law/stand';
import { routes } from '../routes';
import { listed, type DetailFact, type TextPart } from '../view-model';

export interface StateSection {
  id: string;
  heading: string;
  /** "Status: Hinwirkungspflicht" */
  status: string;
  text: string;
  extra: TextPart[][];
  evidence: { text: string; href: string }[];
}

/** Everything a Land's page and its CMS preview show, decided once. */
export interface StateDetail {
  title: string;
  asOf: { iso: string; text: string };
  /** Shown as a warning when the „Stand“ is older than twelve months at build time. */
  staleNotice?: string;
  lawFacts: DetailFact[];
  /** Said when the Land has no procurement or Tariftreue law in the entry. */
  noLaw?: string;
  sections: StateSection[];
  links: { text: string; href: string }[];
  uncertain?: string;
  sources: string[];
  description: string;
}

export interface StateDetailContext {
  /** Build time; without it no notice is decided (the preview shows the entry as typed). */
  now?: Date;
  labelName?: (slug: string) => string;
}

type Evidence = { url: string; note?: string; checked: string }[] | undefined;

function evidenceLinks(items: Evidence): { text: string; href: string }[] {
  return (items ?? [])
    .filter((e) => e.url)
    .map((e) => ({
      href: e.url,
      text: `${e.note ? `${e.note}, ` : ''}geprüft am ${/^\d{4}-\d{2}-\d{2}$/.test(e.checked ?? '') ? formatDate(e.checked) : '–'}`,
    }));
}

function label<T extends Record<string, string>>(vocab: T, key: string | undefined): string {
  return key && key in vocab ? vocab[key as keyof T] : (vocab['unknown' as keyof T] ?? '');
}

export function stateDetail(s: StateEntry, context: StateDetailContext = {}): StateDetail {
  const { now, labelName = (x: string) => x } = context;
  const dated = /^\d{4}-\d{2}-\d{2}$/.test(s.asOf ?? '');
  const asOfText = dated ? formatDate(s.asOf) : '';
  const lawFacts: DetailFact[] = s.law?.name
    ? [
        { label: 'Gesetz', lines: [[s.law.url ? { text: s.law.name, href: s.law.url } : s.law.name]] },
        { label: 'Abkürzung', lines: [[s.law.abbreviation ?? '']] },
        { label: 'Fassung', lines: [[s.law.version ?? '']] },
      ]
    : [];
  const social = s.socialCriteria ?? ({} as StateEntry['socialCriteria']);
  const stone = s.cemeteryStone ?? ({} as StateEntry['cemeteryStone']);
  const certificates = (stone.certificates ?? []).map((c) => ({ text: labelName(c), href: routes.label(c) }));
  const sections: StateSection[] = [
    {
      id: 'soziale-kriterien',
      heading: 'Soziale Kriterien und ILO-Kernarbeitsnormen',
      status: `Status: ${label(socialCriteriaStatuses, social.status)}`,
      text: social.text ?? '',
      extra: social.products ? [[`Produkte: ${social.products}`]] : [],
      evidence: evidenceLinks(social.evidence),
    },
    {
      id: 'kommunen',
      heading: 'Gilt das für Kommunen?',
      status: `Bindet Kommunen: ${label(bindingValues, s.bindsMunicipalities?.value)}`,
      text: s.bindsMunicipalities?.text ?? '',
      extra: [],
      evidence: evidenceLinks(s.bindsMunicipalities?.evidence),
    },
    {
      id: 'uvgo',
      heading: 'Unterschwellenvergabeordnung (UVgO) für Kommunen',
      status: `Stand der Einführung: ${label(uvgoStatuses, s.uvgo?.value)}`,
      text: s.uvgo?.text ?? '',
      extra: [],
      evidence: evidenceLinks(s.uvgo?.evidence),
    },
    {
      id: 'natursteine',
      heading: 'Grabsteine und Natursteine aus Kinderarbeit',
      status: `Regel im Friedhofs- oder Bestattungsrecht: ${label(cemeteryRules, stone.value)}`,
      text: stone.text ?? '',
      extra: certificates.length ? [['Anerkannte Zertifikate: ', ...listed(certificates)]] : [],
      evidence: evidenceLinks(stone.evidence),
    },
  ];
  const stale = now && dated && isStale(s.asOf, now);
  return {
    title: `Vergaberecht in ${s.name}`,
    asOf: { iso: s.asOf, text: asOfText },
    staleNotice: stale
      ? `Der Stand dieser Seite (${asOfText}) ist älter als ${STAND_MAX_MONTHS} Monate. Die Angaben können überholt sein; prüfen Sie sie vor einer Vergabe an den verlinkten Quellen.`
      : undefined,
    lawFacts,
    noLaw: s.law?.name ? undefined : `${s.name} hat nach unseren Quellen kein eigenes Vergabe- oder Tariftreuegesetz.`,
    sections,
    links: (s.links ?? []).filter((l) => l.url).map((l) => ({ text: l.title, href: l.url })),
    uncertain: s.uncertain,
    sources: s.sources ?? [],
    description: `Vergaberecht in ${s.name} für faire Beschaffung: Landesgesetz, soziale Kriterien, Geltung für Kommunen, UVgO und Grabsteine aus Kinderarbeit, mit Quellen.`,
  };
}
