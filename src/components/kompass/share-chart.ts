// Mein Kompass's charts; kept out of the shared DOM helper, which every island loads.
import { h } from '../dom';

const SVG = 'http://www.w3.org/2000/svg';

function s(tag: string, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
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
  const summary = bars
    .map(
      (b) =>
        `${b.label}: ${b.value === undefined ? 'keine Daten' : `${Math.round(b.value * 1000) / 10} %`}${b.target === undefined ? '' : ` (Ziel ${b.target} %)`}`,
    )
    .join('; ');
  svg.append(s('title', { id: `${id}-t` }, title), s('desc', { id: `${id}-d` }, summary));
  bars.forEach((b, i) => {
    const y = i * rowH + 4;
    const label = b.label.length > 22 ? `${b.label.slice(0, 21)}…` : b.label;
    svg.append(s('text', { x: 0, y: y + 17, class: 'kompass-chart__label' }, label));
    svg.append(s('rect', { x: labelW, y: y + 4, width: barW, height: 16, class: 'kompass-chart__track' }));
    if (b.value !== undefined)
      svg.append(s('rect', { x: labelW, y: y + 4, width: Math.max(0, Math.min(1, b.value)) * barW, height: 16, class: 'kompass-chart__bar' }));
    if (b.target !== undefined)
      svg.append(s('line', { x1: labelW + (b.target / 100) * barW, x2: labelW + (b.target / 100) * barW, y1: y, y2: y + 24, class: 'kompass-chart__target' }));
    svg.append(s('text', { x: labelW + barW + 6, y: y + 17, class: 'kompass-chart__value' }, b.value === undefined ? '–' : `${Math.round(b.value * 100)} %`));
  });
  return h('figure', { class: 'kompass-chart-figure' }, svg, h('figcaption', {}, `${title}. ${summary}.`));
}
