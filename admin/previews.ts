import { createElement as h, Fragment, type ReactNode } from 'react';
import type { ContactCardView } from '../src/lib/contacts/card';
import { formatDate } from '../src/lib/format';
import { exampleDetail } from '../src/lib/examples/detail';
import { newsDetail } from '../src/lib/news/detail';
import { stateDetail } from '../src/lib/states/detail';
import { programmeDetail } from '../src/lib/programmes/detail';
import { labelDetail, type CoverageCell, type CriteriaTableView, type EvidenceLink, type LabelDetail } from '../src/lib/labels/detail';
import type { Norms } from '../src/schemas/law';
import type { News } from '../src/schemas/news';
import type { Programme } from '../src/schemas/programme';
import normsFile from '../content/law/norms.json';
import { seminarDetail } from '../src/lib/seminars/detail';
import { formatBerlinDate, formatBerlinTime } from '../src/lib/seminars/format';
import type { RegistrationText } from '../src/lib/seminars/registration-text';
import type { DetailFact, TextPart } from '../src/lib/view-model';
import { contactFromForm, exampleFromForm, labelFromForm, list, relatedName, seminarFromForm, stateFromForm, text, type PreviewProps } from './form-data';

/**
 * Preview templates: each detail page's view model (src/lib/<feature>/detail.ts) built from the
 * form and rendered with the same markup and classes as the page's component, styled by the site's
 * own stylesheet inside Decap's preview frame. tests/parity/preview-parity.test.ts checks that page
 * and preview read the same. Half-filled forms render too: an editor sees the page grow while
 * typing, never an error.
 */

/** The day of a date or date-time field, "" while the field is unfinished. */
function day(value: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? formatDate(value.slice(0, 10)) : '';
}

function page(...children: ReactNode[]) {
  return pageWith(null, ...children);
}

function pageWith(className: string | null, ...children: ReactNode[]) {
  return h('main', { className: 'site-main' }, h('div', { className: 'container' }, h('article', className ? { className } : null, ...children)));
}

/** A KERN description list of plain facts (src/components/KeyFacts.astro). */
function facts(items: { label: string; value: string }[], label = 'Eckdaten') {
  return items.length
    ? factList(
        items.map((f) => ({ label: f.label, lines: [[f.value]] })),
        label,
      )
    : null;
}

/** Text with links (TextPart, src/lib/view-model.ts). */
function parts(items: TextPart[]) {
  return items.map((p, i) => (typeof p === 'string' ? p : h('a', { key: i, href: p.href }, p.text)));
}

/** A description list of rich facts (src/components/FactList.astro). */
function factList(items: DetailFact[], label?: string) {
  return h(
    'dl',
    { className: 'kern-description-list facts', 'aria-label': label },
    ...items.map((f, i) =>
      h(
        Fragment,
        { key: i },
        fact(
          f.label,
          f.address ? h('address', null, ...f.address.flatMap((line, j) => (j > 0 ? [h('br', { key: j }), line] : [line]))) : null,
          f.note ? h('p', null, f.note) : null,
          ...f.lines.flatMap((line, j) => [j > 0 ? h('br', { key: `br${j}` }) : null, ...parts(line)]),
        ),
      ),
    ),
  );
}

/** One row of a KERN description list, as on the site's detail pages. */
function fact(key: string, ...value: ReactNode[]) {
  return h(
    'div',
    { className: 'kern-description-list-item', key },
    h('dt', { className: 'kern-description-list-item__key' }, key),
    h('dd', { className: 'kern-description-list-item__value' }, ...value),
  );
}

/** src/components/ContactCardView.astro */
function contactCard(c: ContactCardView | undefined) {
  if (!c) return null;
  return h(
    'section',
    { className: 'contact-card', 'aria-label': c.heading },
    h('h2', { className: 'kern-heading-small' }, c.heading),
    h(
      'p',
      null,
      h('strong', null, c.name),
      h('br'),
      c.role,
      h('br'),
      'E-Mail: ',
      h('a', { href: c.email.href }, c.email.text),
      c.phone ? h(Fragment, null, h('br'), 'Telefon: ', h('a', { href: c.phone.href }, c.phone.text)) : null,
      c.hours ? h(Fragment, null, h('br'), `Erreichbar: ${c.hours}`) : null,
    ),
  );
}

function picture(props: PreviewProps) {
  const src = props.entry.getIn(['data', 'image', 'src']);
  if (typeof src !== 'string' || !src) return null;
  const asset = props.getAsset(src);
  const alt = props.entry.getIn(['data', 'image', 'alt']);
  return h('figure', { className: 'content-image' }, h('img', { src: asset?.toString() ?? src, alt: typeof alt === 'string' ? alt : '' }));
}

/** A news page's article (src/components/news/NewsDetail.astro). */
export function NewsPreview(props: PreviewProps) {
  const v = newsDetail(
    { title: text(props, 'title'), date: text(props, 'date'), topics: list(props, 'topics') as News['topics'], summary: text(props, 'summary') },
    { contact: contactFromForm(props) },
  );
  return page(
    h('h1', null, v.title),
    h('p', { className: 'teaser__meta' }, h('time', { dateTime: v.date.iso }, v.date.text), v.topics ? ` · ${v.topics}` : ''),
    h('p', { className: 'lead' }, v.summary),
    picture(props),
    h('div', { className: 'prose' }, props.widgetFor('body')),
    contactCard(v.contact),
  );
}

/** An offering's article (src/components/programmes/ProgrammeDetail.astro). */
export function ProgrammePreview(props: PreviewProps) {
  const form = {
    title: text(props, 'title'),
    summary: text(props, 'summary'),
    keyFacts: list(props, 'keyFacts') as Programme['keyFacts'],
    audience: text(props, 'audience'),
    howToTakePart: text(props, 'howToTakePart'),
    links: list(props, 'links') as Programme['links'],
  };
  const v = programmeDetail(form, { contact: contactFromForm(props) });
  return page(
    h('h1', null, v.title),
    h('p', { className: 'lead' }, v.summary),
    picture(props),
    facts(v.facts),
    h('h2', { className: 'kern-heading-medium' }, 'Was wir anbieten'),
    h('div', { className: 'prose' }, props.widgetFor('body')),
    h(
      'div',
      { className: 'prose' },
      h('h2', null, 'Für wen'),
      h('p', null, v.audience),
      h('h2', null, 'So nehmen Sie teil'),
      h('p', null, v.howToTakePart),
      v.links.length
        ? h('ul', null, ...v.links.map((l, i) => h('li', { key: i }, h('a', { href: l.href }, l.text), l.checked ? ` (${l.checked})` : '')))
        : null,
    ),
    contactCard(v.contact),
  );
}

function seminarRegistration(t: RegistrationText, now: number) {
  const heading = h('h2', { id: 'anmeldung', className: 'kern-heading-medium' }, 'Anmeldung');
  const content: ReactNode =
    t.kind === 'invite'
      ? h(
          Fragment,
          null,
          t.note ? h('p', null, t.note) : null,
          h('p', { className: 'seminar-cta__deadline' }, h('strong', null, t.deadline), t.deadlineTime),
          h('p', null, h('span', { className: 'kern-btn kern-btn--primary' }, h('span', { className: 'kern-label' }, t.action))),
          t.email ? h('p', null, 'Schreiben Sie an ', h('a', { href: t.href }, t.email), '.') : null,
        )
      : h(
          'div',
          { className: `kern-alert kern-alert--${t.variant}` },
          h('div', { className: 'kern-alert__header' }, h('span', { className: 'kern-title' }, t.title)),
          h('div', { className: 'kern-alert__body' }, h('p', { className: 'kern-body' }, ...parts(t.body))),
        );
  const stamp = h(
    'p',
    { className: 'seminar-stamp' },
    'Stand: ',
    h('time', { dateTime: new Date(now).toISOString() }, `${formatBerlinDate(new Date(now))}, ${formatBerlinTime(new Date(now))} Uhr`),
  );
  return h('section', { className: 'seminar-cta', 'aria-labelledby': 'anmeldung' }, heading, content, stamp);
}

/** The seminar page's article (src/components/seminars/SeminarDetail.astro) with the state it would have if built now. */
export function SeminarPreview(props: PreviewProps) {
  const seminar = seminarFromForm(props);
  const now = Date.now();
  const v = seminarDetail(seminar, {
    now,
    programme: seminar.relatedProgramme ? { text: relatedName(props, 'relatedProgramme', 'programmes', seminar.relatedProgramme, 'title') } : undefined,
    productGroups: seminar.productGroups.map((g) => ({ text: relatedName(props, 'productGroups', 'productgroups', g, 'name') })),
    contact: contactFromForm(props),
  });
  return pageWith(
    'seminar-detail',
    h('h1', null, v.title),
    h(
      'p',
      { className: 'seminar-detail__when' },
      v.when ? h('time', { dateTime: seminar.start }, v.when) : 'Beginn und Ende: bitte ausfüllen (das Ende liegt nach dem Beginn)',
      v.badge
        ? h(Fragment, null, ' ', h('span', { className: `kern-badge kern-badge--${v.badge.variant}` }, h('span', { className: 'kern-label' }, v.badge.label)))
        : null,
    ),
    h('p', { className: 'lead' }, v.summary),
    v.registration ? seminarRegistration(v.registration, now) : null,
    h('h2', { className: 'kern-heading-medium' }, 'Auf einen Blick'),
    factList(v.facts),
    h('h2', { className: 'kern-heading-medium' }, 'Inhalte'),
    h('div', { className: 'prose' }, props.widgetFor('body')),
    v.agenda.length
      ? h(
          'div',
          { className: 'table-scroll' },
          h(
            'table',
            { className: 'kern-table seminar-agenda' },
            h('caption', { className: 'kern-title' }, 'Ablauf'),
            h(
              'thead',
              { className: 'kern-table__head' },
              h(
                'tr',
                { className: 'kern-table__row' },
                h('th', { className: 'kern-table__header', scope: 'col' }, 'Uhrzeit'),
                h('th', { className: 'kern-table__header', scope: 'col' }, 'Programmpunkt'),
              ),
            ),
            h(
              'tbody',
              { className: 'kern-table__body' },
              ...v.agenda.map((a, i) =>
                h(
                  'tr',
                  { className: 'kern-table__row', key: i },
                  h('td', { className: 'kern-table__cell' }, a.time),
                  h('td', { className: 'kern-table__cell' }, a.item),
                ),
              ),
            ),
          ),
        )
      : null,
    contactCard(v.contact),
  );
}

/** src/components/labels/EvidenceLinks.astro */
function evidenceLinks(links: EvidenceLink[]) {
  return links.map((l, i) => h(Fragment, { key: `e${i}` }, ' ', h('a', { className: 'evidence-link', href: l.href, 'aria-label': l.label }, l.text)));
}

function coverageValue(c: CoverageCell) {
  return h(
    Fragment,
    null,
    h('span', { className: `coverage coverage--${c.value}` }, h('span', { className: 'coverage__symbol', 'aria-hidden': 'true' }, c.symbol), ` ${c.text}`),
    ...evidenceLinks(c.evidence),
  );
}

function criteriaTable(t: CriteriaTableView) {
  const cell = (content: ReactNode) => h('td', { className: 'kern-table__cell' }, content);
  return h(
    'section',
    { className: 'table-scroll', tabIndex: 0, 'aria-label': t.title, key: t.key },
    h(
      'table',
      { className: 'kern-table criteria-table' },
      h('caption', { className: 'kern-table__caption' }, t.title),
      h(
        'thead',
        { className: 'kern-table__head' },
        h('tr', { className: 'kern-table__row' }, ...t.columns.map((c) => h('th', { className: 'kern-table__header', scope: 'col', key: c }, c))),
      ),
      h(
        'tbody',
        { className: 'kern-table__body' },
        ...t.rows.map((r, i) =>
          h(
            'tr',
            { className: 'kern-table__row', key: i },
            r.nr !== undefined ? cell(r.nr) : null,
            h('th', { className: 'kern-table__header', scope: 'row' }, r.text),
            cell(coverageValue(r.cell)),
            r.reason !== undefined ? cell(r.reason) : null,
          ),
        ),
      ),
    ),
  );
}

function section(id: string, title: string, ...children: ReactNode[]) {
  return h('section', { className: 'section', 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

function alert(key: string | number, title: string, ...body: ReactNode[]) {
  return h(
    'div',
    { className: 'kern-alert kern-alert--warning', role: 'note', key },
    h('div', { className: 'kern-alert__header' }, h('span', { className: 'kern-title' }, title)),
    h('div', { className: 'kern-alert__body' }, h('p', { className: 'kern-body' }, ...body)),
  );
}

/** src/components/labels/TenderSnippets.astro, without the copy buttons that only the site's script shows. */
function tenderSnippets(t: LabelDetail['tender']) {
  return h(
    'div',
    { className: 'tender-snippets' },
    h('p', null, t.explanation),
    ...t.variants.map((v) =>
      h(
        'section',
        { className: 'tender-variant', key: v.basis },
        h('h3', null, `Vergabe ${v.title}`),
        ...v.snippets.map((s) =>
          h('div', { className: 'tender-snippet', key: s.placement }, h('h4', null, s.title), h('p', { className: 'tender-snippet__text' }, s.text)),
        ),
        ...v.notes.map((n, i) => h('p', { key: `n${i}` }, n)),
        h('p', null, 'Rechtsgrundlagen: ', ...v.norms.map((n, i) => h(Fragment, { key: i }, i > 0 ? ', ' : '', h('a', { href: n.url }, n.citation))), '.'),
      ),
    ),
  );
}

const ASSESSMENT_COLUMNS = ['Bewertet von', 'Urteil', 'Einstufung', 'Bewertete Produktgruppe', 'Teilergebnisse', 'Stand', 'Quelle'];

function assessmentTable(v: LabelDetail) {
  const cell = (content: ReactNode, key: number) => h('td', { className: 'kern-table__cell', key }, content);
  return h(
    'section',
    { className: 'table-scroll', tabIndex: 0, 'aria-label': 'Tabelle der externen Bewertungen' },
    h(
      'table',
      { className: 'kern-table assessment-table' },
      h('caption', { className: 'kern-table__caption' }, 'Externe Bewertungen'),
      h(
        'thead',
        { className: 'kern-table__head' },
        h('tr', { className: 'kern-table__row' }, ...ASSESSMENT_COLUMNS.map((c) => h('th', { className: 'kern-table__header', scope: 'col', key: c }, c))),
      ),
      h(
        'tbody',
        { className: 'kern-table__body' },
        ...v.assessments.map((a, i) =>
          h(
            'tr',
            { className: 'kern-table__row', key: i },
            h('th', { className: 'kern-table__header', scope: 'row' }, a.by),
            ...[a.verdict, a.rating, a.category, a.dimensions, a.asOf].map(cell),
            cell(h('a', { href: a.href, 'aria-label': a.linkLabel }, 'Quelle'), 5),
          ),
        ),
      ),
    ),
  );
}

/** The label page's article (src/components/labels/LabelDetail.astro) for the entry being edited. */
export function LabelPreview(props: PreviewProps) {
  const label = labelFromForm(props);
  const groupNames = Object.fromEntries(label.productGroups.map((g) => [g, relatedName(props, 'productGroups', 'productgroups', g, 'name')]));
  const v = labelDetail(label, { groupNames, norms: normsFile as Norms });
  const paragraphs = (texts: string[]) => texts.map((t, i) => h('p', { key: i }, t));
  return pageWith(
    'label-page',
    h('h1', null, v.name),
    v.badge ? h('p', { className: 'kern-badge kern-badge--warning' }, v.badge) : null,
    v.inactive ? alert('inactive', 'Nicht mehr aktiv', v.inactive.text, ...evidenceLinks(v.inactive.evidence)) : null,
    h('p', { className: 'lead' }, v.summary),
    h(
      'dl',
      { className: 'kern-description-list facts', 'aria-label': 'Steckbrief' },
      ...v.facts.map((f, i) => h(Fragment, { key: i }, fact(f.label, f.value, ...evidenceLinks(f.evidence ?? [])))),
    ),
    v.productGroups.length
      ? h('p', null, 'Produktgruppen: ', ...v.productGroups.map((g, i) => h(Fragment, { key: i }, i > 0 ? ', ' : '', h('a', { href: g.href }, g.name))))
      : null,
    v.notes ? h('p', null, v.notes) : null,
    v.warnings.length ? section('hinweise', 'Hinweise', ...v.warnings.map((w, i) => alert(i, w.title, w.text, ...evidenceLinks(w.evidence)))) : null,
    section(
      'kriterien',
      'Was das Gütezeichen abdeckt',
      h('p', null, v.criteriaNote),
      h('p', null, h('strong', null, 'Belegt abgedeckt:'), ` ${v.covered}.`),
      ...v.criteriaTables.map(criteriaTable),
    ),
    section('vgv', 'Gütezeichen als Nachweis: § 34 VgV', h('p', null, v.vgvSummary), criteriaTable(v.vgvTable), ...paragraphs(v.vgvNotes)),
    v.assessments.length ? section('bewertungen', 'Externe Bewertungen', v.assessmentsNote ? h('p', null, v.assessmentsNote) : null, assessmentTable(v)) : null,
    section('textbausteine', 'Textbausteine für die Ausschreibung', tenderSnippets(v.tender)),
    section(
      'quellen',
      'Quellen',
      h('ul', null, ...v.sources.map((u, i) => h('li', { key: i }, h('a', { href: u }, u)))),
      v.lastChecked ? h('p', null, `Zuletzt geprüft: ${v.lastChecked}.`) : null,
    ),
  );
}

/** A practice example's article (src/components/examples/ExampleDetail.astro). */
export function ExamplePreview(props: PreviewProps) {
  const example = exampleFromForm(props);
  const v = exampleDetail(example, {
    stateName: (slug) => relatedName(props, 'state', 'states', slug, 'name'),
    groupName: (slug) => relatedName(props, 'productGroups', 'productgroups', slug, 'name'),
    labelName: (slug) => relatedName(props, 'labels', 'labels', slug, 'name'),
    documentHref: (file) => props.getAsset(file)?.toString() ?? file,
  });
  const links = (items: { text: string; href: string }[]) => h('ul', null, ...items.map((d, i) => h('li', { key: i }, h('a', { href: d.href }, d.text))));
  return pageWith(
    'example-page',
    h('p', { className: 'teaser__meta' }, v.kicker),
    h('h1', null, v.title),
    factList(v.facts),
    section('anforderungen', 'Was gefordert war', h('p', null, v.criteria)),
    section('ergebnis', 'Was dabei herauskam', h('p', null, v.outcome)),
    v.documents.length ? section('dokumente', 'Dokumente', links(v.documents)) : null,
    section(
      'quellen',
      'Quellen',
      h('ul', { className: 'source-list' }, ...v.sources.map((u, i) => h('li', { key: i }, h('a', { href: u }, u)))),
      h('p', null, 'Zuletzt geprüft: ', h('time', { dateTime: v.lastChecked.iso }, v.lastChecked.text)),
    ),
  );
}

/** A Land's legal-frame article (src/components/states/StateDetail.astro); the stale notice is the build's, not the preview's. */
export function StatePreview(props: PreviewProps) {
  const v = stateDetail(stateFromForm(props), { labelName: (slug) => relatedName(props, 'cemeteryStone.certificates', 'labels', slug, 'name') });
  return pageWith(
    'state-page',
    h('h1', null, v.title),
    h('p', { className: 'lead' }, 'Stand: ', h('time', { dateTime: v.asOf.iso }, v.asOf.text)),
    section('gesetz', 'Vergabe- oder Tariftreuegesetz', v.lawFacts.length ? factList(v.lawFacts) : h('p', null, v.noLaw)),
    ...v.sections.map((s) =>
      section(
        s.id,
        s.heading,
        h('p', null, h('strong', null, s.status)),
        h('p', null, s.text),
        ...s.extra.map((line, i) => h('p', { key: `x${i}` }, ...parts(line))),
        s.evidence.length
          ? h('p', null, 'Belege: ', ...s.evidence.map((e, i) => h(Fragment, { key: i }, i > 0 ? ' · ' : '', h('a', { href: e.href }, e.text))))
          : null,
      ),
    ),
    v.uncertain ? section('unsicher', 'Was unsicher ist', h('p', null, v.uncertain)) : null,
    v.links.length
      ? section('links', 'Amtliche Texte und Portale', h('ul', null, ...v.links.map((l, i) => h('li', { key: i }, h('a', { href: l.href }, l.text)))))
      : null,
    section('quellen', 'Quellen', h('ul', { className: 'source-list' }, ...v.sources.map((u, i) => h('li', { key: i }, h('a', { href: u }, u))))),
  );
}

/** For content types without their own template: title, summary, body. */
export function GenericPreview(props: PreviewProps) {
  const title = text(props, 'title') || text(props, 'name');
  const lead = text(props, 'summary') || text(props, 'description');
  const date = day(text(props, 'date') || text(props, 'start'));
  const hasBody = props.entry.getIn(['data', 'body']) !== undefined;
  return page(
    h('h1', null, title),
    date ? h('p', { className: 'teaser__meta' }, date) : null,
    lead ? h('p', { className: 'lead' }, lead) : null,
    picture(props),
    hasBody ? h('div', { className: 'prose' }, props.widgetFor('body')) : null,
  );
}

export const previewTemplates: Record<string, (props: PreviewProps) => ReactNode> = {
  news: NewsPreview,
  programmes: ProgrammePreview,
  seminars: SeminarPreview,
  labels: LabelPreview,
  examples: ExamplePreview,
  states: StatePreview,
};
