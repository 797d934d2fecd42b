import { createElement as h, Fragment, type ReactNode } from 'react';
import { seminarInstants, stateAt } from '../src/lib/seminars/dates';
import { deadlineDay, deadlineText, formatSeminarWhen } from '../src/lib/seminars/format';
import { stateBadges } from '../src/lib/seminars/state-labels';
import { isDateTimeWithOffset } from '../src/schemas/fields';
import { newsTopics } from '../src/vocab/common';
import { seminarFormats, seminarStatuses, seminarTopics } from '../src/vocab/seminars';

/**
 * Preview templates: the same markup and classes as the site's pages (src/pages/aktuelles/[slug].astro,
 * src/pages/angebote/[slug].astro, src/pages/seminare/[slug].astro), styled by the site's own
 * stylesheet inside Decap's preview frame. They render half-filled forms too: an editor sees the
 * page grow while typing, never an error.
 */

interface PreviewProps {
  entry: { getIn(path: string[]): any };
  widgetFor(name: string): ReactNode;
  getAsset(path: string): { toString(): string } | undefined;
}

const dateFormat = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function formatDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return '';
  return dateFormat.format(new Date(`${value.slice(0, 10)}T00:00:00Z`));
}

function text(props: PreviewProps, field: string): string {
  const value = props.entry.getIn(['data', field]);
  return typeof value === 'string' ? value : '';
}

function list(props: PreviewProps, field: string): any[] {
  const value = props.entry.getIn(['data', field]);
  return value?.toJS ? value.toJS() : Array.isArray(value) ? value : [];
}

function record(props: PreviewProps, field: string): Record<string, any> | undefined {
  const value = props.entry.getIn(['data', field]);
  const plain = value?.toJS ? value.toJS() : value;
  return plain && typeof plain === 'object' && !Array.isArray(plain) ? plain : undefined;
}

function page(...children: ReactNode[]) {
  return pageWith(null, ...children);
}

function pageWith(className: string | null, ...children: ReactNode[]) {
  return h('main', { className: 'site-main' }, h('div', { className: 'container' }, h('article', className ? { className } : null, ...children)));
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

function picture(props: PreviewProps) {
  const src = props.entry.getIn(['data', 'image', 'src']);
  if (typeof src !== 'string' || !src) return null;
  const asset = props.getAsset(src);
  const alt = props.entry.getIn(['data', 'image', 'alt']);
  return h('figure', { className: 'content-image' }, h('img', { src: asset?.toString() ?? src, alt: typeof alt === 'string' ? alt : '' }));
}

export function NewsPreview(props: PreviewProps) {
  const topics = list(props, 'topics').map((t: string) => newsTopics[t as keyof typeof newsTopics] ?? t);
  return page(
    h('h1', null, text(props, 'title')),
    h('p', { className: 'teaser__meta' }, h('time', { dateTime: text(props, 'date') }, formatDate(text(props, 'date'))), topics.length ? ` · Themen: ${topics.join(', ')}` : ''),
    h('p', { className: 'lead' }, text(props, 'summary')),
    picture(props),
    h('div', { className: 'prose' }, props.widgetFor('body')),
  );
}

export function ProgrammePreview(props: PreviewProps) {
  const facts = list(props, 'keyFacts') as { label?: string; value?: string }[];
  return page(
    h('h1', null, text(props, 'title')),
    h('p', { className: 'lead' }, text(props, 'summary')),
    picture(props),
    facts.length
      ? h(
          'dl',
          { className: 'kern-description-list facts', 'aria-label': 'Eckdaten' },
          ...facts.map((f, i) =>
            h('div', { className: 'kern-description-list-item', key: i }, h('dt', { className: 'kern-description-list-item__key' }, f.label ?? ''), h('dd', { className: 'kern-description-list-item__value' }, f.value ?? '')),
          ),
        )
      : null,
    h('h2', { className: 'kern-heading-medium' }, 'Was wir anbieten'),
    h('div', { className: 'prose' }, props.widgetFor('body')),
    h('div', { className: 'prose' }, h('h2', null, 'Für wen'), h('p', null, text(props, 'audience')), h('h2', null, 'So nehmen Sie teil'), h('p', null, text(props, 'howToTakePart'))),
  );
}

function seminarRegistration(s: { title: string; start: string; status: string; registrationDeadline?: string; registrationUrl?: string; registrationEmail?: string; statusNote?: string }, state: string) {
  const heading = h('h2', { id: 'anmeldung', className: 'kern-heading-medium' }, 'Anmeldung');
  const alert = (variant: string, title: string, body: string) =>
    h('div', { className: `kern-alert kern-alert--${variant}` }, h('div', { className: 'kern-alert__header' }, h('span', { className: 'kern-title' }, title)), h('div', { className: 'kern-alert__body' }, h('p', { className: 'kern-body' }, body)));
  let content: ReactNode;
  if (state === 'cancelled') content = alert('danger', 'Abgesagt', s.statusNote || 'Dieses Seminar findet nicht statt.');
  else if (state === 'full') content = alert('warning', 'Ausgebucht', s.statusNote || 'Alle Plätze sind vergeben.');
  else if (state === 'ended') content = alert('info', 'Dieses Seminar hat stattgefunden', 'Die nächsten Termine finden Sie in der Seminarübersicht.');
  else if (state === 'closed') content = alert('info', 'Anmeldung geschlossen', `Die Anmeldefrist endete ${s.registrationDeadline ? `am ${deadlineDay(s)}` : 'mit dem Beginn'}.`);
  else {
    const byMail = !s.registrationUrl;
    const action = state === 'waitlist' ? 'Auf die Warteliste setzen' : byMail ? 'Per E-Mail anmelden' : 'Jetzt anmelden';
    content = h(
      Fragment,
      null,
      state === 'waitlist' ? h('p', null, s.statusNote || 'Alle Plätze sind vergeben. Sie können sich auf die Warteliste setzen lassen.') : null,
      h('p', { className: 'seminar-cta__deadline' }, h('strong', null, deadlineText(s)), s.registrationDeadline ? ' (bis 23:59 Uhr)' : ''),
      h('p', null, h('span', { className: 'kern-btn kern-btn--primary' }, h('span', { className: 'kern-label' }, action))),
      byMail && s.registrationEmail ? h('p', null, 'Schreiben Sie an ', h('a', { href: `mailto:${s.registrationEmail}` }, s.registrationEmail), '.') : null,
    );
  }
  return h('section', { className: 'seminar-cta', 'aria-labelledby': 'anmeldung' }, heading, content);
}

/** The seminar detail page (src/pages/seminare/[slug].astro) with the state it would have if built now. */
export function SeminarPreview(props: PreviewProps) {
  const start = text(props, 'start');
  const end = text(props, 'end');
  const status = text(props, 'status');
  const registrationDeadline = text(props, 'registrationDeadline') || undefined;
  const timesValid = isDateTimeWithOffset(start) && isDateTimeWithOffset(end) && Date.parse(end) > Date.parse(start);
  const when = timesValid ? formatSeminarWhen(start, end) : '';
  const seminar = {
    title: text(props, 'title'),
    start,
    status,
    registrationDeadline: registrationDeadline && /^\d{4}-\d{2}-\d{2}$/.test(registrationDeadline) ? registrationDeadline : undefined,
    registrationUrl: text(props, 'registrationUrl') || undefined,
    registrationEmail: text(props, 'registrationEmail') || undefined,
    statusNote: text(props, 'statusNote') || undefined,
  };
  const state = timesValid && status in seminarStatuses ? stateAt(seminarInstants({ ...seminar, end, status: status as keyof typeof seminarStatuses }), Date.now()) : undefined;
  const badge = state ? stateBadges[state] : undefined;
  const format = text(props, 'format') as keyof typeof seminarFormats;
  const venue = record(props, 'venue');
  const platform = text(props, 'platform');
  const topics = list(props, 'topics').map((t: string) => seminarTopics[t as keyof typeof seminarTopics] ?? t);
  const partners = list(props, 'partners') as { name?: string; url?: string }[];
  const agenda = (list(props, 'agenda') as { time?: string; item?: string }[]).filter((a) => a.time || a.item);
  const travelCosts = text(props, 'travelCosts');
  return pageWith(
    'seminar-detail',
    h('h1', null, seminar.title),
    h(
      'p',
      { className: 'seminar-detail__when' },
      when ? h('time', { dateTime: start }, when) : 'Beginn und Ende: bitte ausfüllen (das Ende liegt nach dem Beginn)',
      badge ? h(Fragment, null, ' ', h('span', { className: `kern-badge kern-badge--${badge.variant}` }, h('span', { className: 'kern-label' }, badge.label))) : null,
    ),
    h('p', { className: 'lead' }, text(props, 'summary')),
    state ? seminarRegistration(seminar, state) : null,
    h('h2', { className: 'kern-heading-medium' }, 'Auf einen Blick'),
    h(
      'dl',
      { className: 'kern-description-list facts' },
      when ? fact('Termin', `${when} (deutsche Zeit)`) : null,
      seminarFormats[format] ? fact('Format', seminarFormats[format]) : null,
      venue && format !== 'online' && (venue.name || venue.street || venue.city)
        ? fact('Ort', h('address', null, venue.name ?? '', h('br'), venue.street ?? '', h('br'), `${venue.postalCode ?? ''} ${venue.city ?? ''}`.trim()), venue.directions ? h('p', null, venue.directions) : null)
        : null,
      format !== 'praesenz' && platform ? fact('Plattform', `${platform}. Den Zugang erhalten Sie nach der Anmeldung per E-Mail.`) : null,
      fact('Zielgruppe', text(props, 'audience')),
      fact('Themen', topics.join(', ')),
      fact('Kosten', text(props, 'cost'), travelCosts ? h(Fragment, null, h('br'), travelCosts) : null),
      status !== 'cancelled' && timesValid ? fact('Anmeldeschluss', deadlineDay(seminar), seminar.registrationDeadline ? ', 23:59 Uhr' : '') : null,
      fact('Veranstalter', text(props, 'organizer')),
      partners.length
        ? fact('Partner', ...partners.map((p, i) => h(Fragment, { key: i }, i > 0 ? ', ' : '', p.url ? h('a', { href: p.url }, p.name ?? '') : (p.name ?? ''))))
        : null,
    ),
    h('h2', { className: 'kern-heading-medium' }, 'Inhalte'),
    h('div', { className: 'prose' }, props.widgetFor('body')),
    agenda.length
      ? h(
          'div',
          { className: 'table-scroll' },
          h(
            'table',
            { className: 'kern-table seminar-agenda' },
            h('caption', { className: 'kern-title' }, 'Ablauf'),
            h('thead', { className: 'kern-table__head' }, h('tr', { className: 'kern-table__row' }, h('th', { className: 'kern-table__header', scope: 'col' }, 'Uhrzeit'), h('th', { className: 'kern-table__header', scope: 'col' }, 'Programmpunkt'))),
            h(
              'tbody',
              { className: 'kern-table__body' },
              ...agenda.map((a, i) =>
                h('tr', { className: 'kern-table__row', key: i }, h('td', { className: 'kern-table__cell' }, a.time ? `${a.time.replace(/^0/, '')} Uhr` : ''), h('td', { className: 'kern-table__cell' }, a.item ?? '')),
              ),
            ),
          ),
        )
      : null,
  );
}

/** For content types without their own template: title, summary, body. */
export function GenericPreview(props: PreviewProps) {
  const title = text(props, 'title') || text(props, 'name');
  const lead = text(props, 'summary') || text(props, 'description');
  const date = formatDate(text(props, 'date') || text(props, 'start'));
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
};
