import type { Block, Inline, Link } from '../../lib/assistant/doc';
import { h } from '../dom';

/**
 * The one renderer of the assistant's document model (src/lib/assistant/doc.ts) for the page and
 * the Vermerk. Text always goes in as text; external links open with rel="noopener", site links
 * stay as the site's own paths.
 */

const isExternal = (href: string) => /^https?:\/\//.test(href);

export function renderLink({ text, href }: Link): HTMLAnchorElement {
  return h('a', isExternal(href) ? { href, rel: 'noopener' } : { href }, text);
}

export function renderInline(parts: readonly Inline[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of parts) fragment.append(typeof part === 'string' ? part : renderLink(part));
  return fragment;
}

/** Blocks as elements; `level` is the heading level of a `heading` block (the section's own plus one). */
export function renderBlocks(blocks: readonly Block[], level: 3 | 4 = 3): HTMLElement[] {
  return blocks.map((block) => renderBlock(block, level));
}

function renderBlock(block: Block, level: 3 | 4): HTMLElement {
  switch (block.type) {
    case 'p':
      return h('p', {}, renderInline(block.text));
    case 'list':
      return h('ul', {}, ...block.items.map((item) => h('li', {}, renderInline(item))));
    case 'facts':
      return h(
        'dl',
        { class: 'kern-description-list' },
        ...block.rows.map((row) =>
          h(
            'div',
            { class: 'kern-description-list-item' },
            h('dt', { class: 'kern-description-list-item__key' }, row.term),
            h('dd', { class: 'kern-description-list-item__value' }, renderInline(row.value)),
          ),
        ),
      );
    case 'note':
      return h(
        'div',
        { class: `kern-alert kern-alert--${block.tone}`, role: 'note' },
        block.title ? h('div', { class: 'kern-alert__header' }, h('span', { class: 'kern-title' }, block.title)) : null,
        h('div', { class: 'kern-alert__body' }, h('p', { class: 'kern-body' }, renderInline(block.text))),
      );
    case 'table':
      return h(
        'div',
        { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': block.caption },
        h(
          'table',
          { class: 'kern-table' },
          h('caption', { class: 'kern-table__caption' }, block.caption),
          h(
            'thead',
            { class: 'kern-table__head' },
            h('tr', { class: 'kern-table__row' }, ...block.head.map((t) => h('th', { class: 'kern-table__header', scope: 'col' }, t))),
          ),
          h(
            'tbody',
            { class: 'kern-table__body' },
            ...block.rows.map((row) =>
              h(
                'tr',
                { class: 'kern-table__row' },
                ...row.map((cell, i) =>
                  i === 0
                    ? h('th', { class: 'kern-table__header', scope: 'row' }, renderInline(cell))
                    : h('td', { class: 'kern-table__cell' }, renderInline(cell)),
                ),
              ),
            ),
          ),
        ),
      );
    case 'heading':
      return h(level === 3 ? 'h3' : 'h4', {}, block.text);
  }
}
