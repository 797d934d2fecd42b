import { createElement as h, type ReactNode } from 'react';
import { newsTopics } from '../src/vocab/common';

/**
 * Preview templates: the same markup and classes as the site's pages (src/pages/aktuelles/[slug].astro,
 * src/pages/angebote/[slug].astro), styled by the site's own stylesheet inside Decap's preview frame.
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

function page(...children: ReactNode[]) {
  return h('main', { className: 'site-main' }, h('div', { className: 'container' }, h('article', null, ...children)));
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

/** For content types without their own template (seminars, labels, … until they get one): title, summary, body. */
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
};
