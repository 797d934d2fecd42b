/** Small DOM builders shared by the islands; text always goes in as text, never as HTML. */

type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== false) el.setAttribute(k, v === true ? '' : v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'number' ? String(c) : c);
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';

export function s(tag: string, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
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
      h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', { class: num.has(i) ? 'num' : undefined }, c)))))),
    ),
  );
}

let chartCount = 0;

/**
 * Horizontal bars of shares (0–1) as an SVG image; the title names the chart and the text
 * alternative lists every value, so the chart adds nothing a screen reader would miss.
 */
export function shareChart(title: string, bars: { label: string; value: number | undefined; target?: number }[]): HTMLElement {
  const id = `kompass-chart-${++chartCount}`;
  const rowH = 28;
  const labelW = 150;
  const width = 460;
  const barW = width - labelW - 60;
  const height = bars.length * rowH + 8;
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-t ${id}-d`, class: 'kompass-chart' });
  const summary = bars.map((b) => `${b.label}: ${b.value === undefined ? 'keine Daten' : `${Math.round(b.value * 1000) / 10} %`}${b.target === undefined ? '' : ` (Ziel ${b.target} %)`}`).join('; ');
  svg.append(s('title', { id: `${id}-t` }, title), s('desc', { id: `${id}-d` }, summary));
  bars.forEach((b, i) => {
    const y = i * rowH + 4;
    const label = b.label.length > 22 ? `${b.label.slice(0, 21)}…` : b.label;
    svg.append(s('text', { x: 0, y: y + 17, class: 'kompass-chart__label' }, label));
    svg.append(s('rect', { x: labelW, y: y + 4, width: barW, height: 16, class: 'kompass-chart__track' }));
    if (b.value !== undefined) svg.append(s('rect', { x: labelW, y: y + 4, width: Math.max(0, Math.min(1, b.value)) * barW, height: 16, class: 'kompass-chart__bar' }));
    if (b.target !== undefined) svg.append(s('line', { x1: labelW + (b.target / 100) * barW, x2: labelW + (b.target / 100) * barW, y1: y, y2: y + 24, class: 'kompass-chart__target' }));
    svg.append(s('text', { x: labelW + barW + 6, y: y + 17, class: 'kompass-chart__value' }, b.value === undefined ? '–' : `${Math.round(b.value * 100)} %`));
  });
  return h('figure', { class: 'kompass-chart-figure' }, svg, h('figcaption', {}, `${title}. ${summary}.`));
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
