import type { Example } from '../../schemas/example';
import { authorityTypes, exampleKinds, placements, procedureTypes, sizeClasses } from '../../vocab/examples';
import { formatDate } from '../format';
import { routes } from '../routes';
import { listed, type DetailFact, type TextPart } from '../view-model';

/** Everything an example's page and its CMS preview show, decided once. */
export interface ExampleDetail {
  title: string;
  /** "Beschaffung · Bonn (Nordrhein-Westfalen) · 2018" */
  kicker: string;
  facts: DetailFact[];
  criteria: string;
  outcome: string;
  documents: { text: string; href: string }[];
  sources: string[];
  lastChecked: { iso: string; text: string };
  /** For search and meta description. */
  description: string;
}

export interface ExampleDetailContext {
  /** Display names by file name; unknown ones show the file name (a half-filled preview). */
  stateName?: (slug: string) => string;
  groupName?: (slug: string) => string;
  labelName?: (slug: string) => string;
  /** Public address of an uploaded PDF (`media/x.pdf`). */
  documentHref?: (file: string) => string;
}

type ExampleFields = Omit<Example, 'placement' | 'labels' | 'documents'> & Partial<Pick<Example, 'placement' | 'labels' | 'documents'>>;

function name<T extends Record<string, string>>(vocab: T, key: string | undefined): string {
  return key && key in vocab ? vocab[key as keyof T] : '';
}

const same = (s: string) => s;

export function exampleDetail(e: ExampleFields, context: ExampleDetailContext = {}): ExampleDetail {
  const { stateName = same, groupName = same, labelName = same, documentHref = (f: string) => `/${f}` } = context;
  const state = e.state ? stateName(e.state) : '';
  const kind = name(exampleKinds, e.kind);
  const facts: DetailFact[] = [];
  const add = (label: string, line: TextPart[] | string | undefined) => {
    if (line === undefined || line === '' || (Array.isArray(line) && line.length === 0)) return;
    facts.push({ label, lines: [typeof line === 'string' ? [line] : line] });
  };
  add('Kommune', e.municipality);
  add('Bundesland', state && e.state ? [{ text: state, href: routes.state(e.state) }] : undefined);
  add('Art der Kommune', name(authorityTypes, e.authorityType));
  add('Größe', name(sizeClasses, e.sizeClass));
  add('Art des Beispiels', kind);
  add('Jahr', e.year ? String(e.year) : undefined);
  add('Produktgruppen', listed((e.productGroups ?? []).map((g) => ({ text: groupName(g), href: routes.productGroup(g) }))));
  add('Produkt', e.product);
  add('CPV-Codes', e.cpv?.join(', '));
  add('Gütezeichen', listed((e.labels ?? []).map((l) => ({ text: labelName(l), href: routes.label(l) }))));
  add(
    'Stelle im Verfahren',
    (e.placement ?? [])
      .map((p) => name(placements, p))
      .filter(Boolean)
      .join(', ') || 'nicht bekannt',
  );
  add('Verfahren', name(procedureTypes, e.procedure));
  add('Auftragsvolumen', e.volume);
  if (e.councilDecision?.title) {
    add('Beschluss', e.councilDecision.date ? `${e.councilDecision.title} (${formatDate(e.councilDecision.date)})` : e.councilDecision.title);
  }
  add('Ansprechstelle', e.contact);
  const where = [e.municipality, state && `(${state})`].filter(Boolean).join(' ');
  return {
    title: e.title,
    kicker: [kind, where, e.year ? String(e.year) : ''].filter(Boolean).join(' · '),
    facts,
    criteria: e.criteria,
    outcome: e.outcome,
    documents: (e.documents ?? []).filter((d) => d.title && d.file).map((d) => ({ text: `${d.title} (PDF)`, href: documentHref(d.file) })),
    sources: e.sources ?? [],
    lastChecked: { iso: e.lastChecked, text: /^\d{4}-\d{2}-\d{2}$/.test(e.lastChecked ?? '') ? formatDate(e.lastChecked) : '' },
    description: `${kind ? `${kind}: ` : ''}${e.title} – ${where}${e.year ? `, ${e.year}` : ''}. Praxisbeispiel fairer Beschaffung mit Quellen.`,
  };
}
