/** Small DOM builders shared by the islands; text always goes in as text, never as HTML. */

type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== false) el.setAttribute(k, v === true ? '' : v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'number' ? String(c) : c);
  return el;
}

/** A table with a caption, column headers and rows whose first cell heads the row. */
export function table(caption: string, headers: string[], rows: Child[][], numeric: number[] = []): HTMLElement {
  const num = new Set(numeric);
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'kern-table' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...headers.map((t, i) => h('th', { scope: 'col', class: num.has(i) ? 'num' : undefined }, t)))),
      h(
        'tbody',
        {},
        ...rows.map((r) => h('tr', {}, ...r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', { class: num.has(i) ? 'num' : undefined }, c))))),
      ),
    ),
  );
}

export function download(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The browser's localStorage, or undefined where the browser refuses it (privacy settings, sandboxed frames). */
export function localStore(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
