/**
 * Elements a browser shows apart (by layout, not by a space in the markup). Astro's compressed
 * HTML has no whitespace between them, and Pagefind separates only some block elements, so
 * "<dt>Termin</dt><dd>Mittwoch</dd>" became "TerminMittwoch" in excerpts and in the index.
 */
const SEPARATED = ['dt', 'dd', 'th', 'td', 'caption', 'li', 'p', 'div', 'h[1-6]', 'button', 'label', 'legend', 'option', 'time', 'figcaption', 'summary', 'tr'];
const CLOSING_BEFORE_TAG = new RegExp(`(</(?:${SEPARATED.join('|')})\\s*>|<br\\s*/?>)(?=<)`, 'gi');

/**
 * The page as Pagefind reads it: a space after each closing tag of a separately shown element
 * when the next thing is another tag. Words are never split: a tag followed by text is left
 * alone, and inline elements such as <a>, <strong> or <mark> are not touched.
 */
export function spacedForIndex(html: string): string {
  return html.replace(CLOSING_BEFORE_TAG, '$1 ');
}
