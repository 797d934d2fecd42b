import type { Options as Schema } from 'rehype-sanitize';

/**
 * What editor-written Markdown may turn into on a page: the elements Markdown itself produces
 * (with GitHub-flavoured tables, task lists and footnotes) plus a few for prose (`abbr`,
 * `details`/`summary`, `sub`/`sup`, `kbd`). Everything else – scripts, frames, forms, styles,
 * SVG, meta and base elements, event handlers, inline styles – is dropped.
 * The build sanitises with it (astro.config.mjs), the content check reports what it drops
 * (src/lib/quality/markdown-html.ts).
 */
export const markdownSanitizeSchema: Schema = {
  tagNames: [
    'a',
    'abbr',
    'b',
    'blockquote',
    'br',
    'code',
    'dd',
    'del',
    'details',
    'dl',
    'dt',
    'em',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'i',
    'img',
    'input',
    'ins',
    'kbd',
    'li',
    'ol',
    'p',
    'pre',
    'q',
    's',
    'section',
    'strong',
    'sub',
    'summary',
    'sup',
    'table',
    'tbody',
    'td',
    'tfoot',
    'th',
    'thead',
    'tr',
    'ul',
  ],
  // Removed with their content: what is inside would otherwise show up as stray text.
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'noembed', 'noframes'],
  ancestors: { tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'] },
  attributes: {
    a: ['href', 'title', 'ariaDescribedBy', 'ariaLabel', 'dataFootnoteRef', 'dataFootnoteBackref', ['className', 'data-footnote-backref']],
    abbr: ['title'],
    blockquote: ['cite'],
    code: [['className', /^language-./]],
    del: ['cite'],
    details: ['open'],
    // The heading remark-rehype puts above footnotes.
    h2: [
      ['className', 'sr-only'],
      ['id', 'footnote-label', /^user-content-/],
    ],
    // Pictures only from the site itself (uploads): no scheme, no `//host`. Nothing on a page loads from other hosts.
    img: [['src', /^(?![a-z][a-z\d+.-]*:|\/\/|\\)/i], 'alt', 'title', 'width', 'height'],
    input: [['disabled', true], ['type', 'checkbox'], 'checked'],
    ins: ['cite'],
    li: [['className', 'task-list-item']],
    ol: ['start', ['className', 'contains-task-list']],
    q: ['cite'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    td: ['align', 'colSpan', 'rowSpan'],
    th: ['align', 'colSpan', 'rowSpan', 'scope'],
    ul: [['className', 'contains-task-list']],
    // Only the ids Markdown footnotes get (remark-rehype prefixes them); an id of the editor's
    // choosing could shadow the site's own ids and globals (DOM clobbering). Heading ids are
    // added after sanitising.
    '*': ['lang', 'dir', ['id', /^user-content-/]],
  },
  clobber: [],
  // Relative addresses are always allowed; of the absolute ones only these schemes (an empty
  // list would allow every scheme; `img` narrows `src` further above).
  protocols: { href: ['http', 'https', 'mailto', 'tel'], cite: ['http', 'https'], src: ['https'] },
  required: { input: { disabled: true, type: 'checkbox' } },
};
