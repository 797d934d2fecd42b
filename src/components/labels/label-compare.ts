import { compareStatus, removedStatus } from '../../lib/labels/compare-status';
import type { CompareData } from '../../lib/labels/compare-table';
import { MAX_COMPARE, MIN_COMPARE, compareSelection, parseCompare, refusedMessage, rowDiffers, serializeCompare } from '../../lib/labels/compare-url';
import { routes } from '../../lib/routes';

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`Vergleich: ${selector} fehlt`);
  return element;
}

/**
 * `<label-compare>`: builds the comparison table for the labels in ?l=…, and keeps the choice in
 * the URL. Everything it reads and fills lies inside the element: the embedded data
 * (`<script type="application/json">`, CompareData), the status (`[data-compare-status]`), the
 * table's place (`[data-compare-table]`), the print button (`[data-compare-actions]`,
 * `[data-compare-print]`) and the form with the choice (`[data-compare-form]`, hidden until this runs).
 */
class LabelCompare extends HTMLElement {
  private onPopState: (() => void) | undefined;

  connectedCallback(): void {
    this.onPopState ??= enhance(this);
    window.addEventListener('popstate', this.onPopState);
  }

  disconnectedCallback(): void {
    if (this.onPopState) window.removeEventListener('popstate', this.onPopState);
  }
}

/** Starts the comparison inside `root`; returns what to do when the address changes (back, forward). */
function enhance(root: HTMLElement): () => void {
  const data = JSON.parse(required(root, 'script[type="application/json"]').textContent ?? '{}') as CompareData;
  const host = required<HTMLElement>(root, '[data-compare-table]');
  const status = required<HTMLElement>(root, '[data-compare-status]');
  const form = required<HTMLFormElement>(root, '[data-compare-form]');
  const actions = required<HTMLElement>(root, '[data-compare-actions]');
  const known = Object.keys(data.labels);
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="l"]')];

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  };

  let refused = '';

  function render(slugs: string[]): void {
    for (const box of boxes) {
      box.checked = slugs.includes(box.value);
      box.disabled = !box.checked && slugs.length >= MAX_COMPARE;
    }
    host.replaceChildren();
    actions.hidden = slugs.length < MIN_COMPARE;
    const names = slugs.map((s) => data.labels[s].name);
    if (slugs.length < MIN_COMPARE) {
      status.textContent = compareStatus(names, 0, refused);
      return;
    }
    const table = el('table', undefined, 'kern-table compare-table');
    table.append(el('caption', `Vergleich: ${names.join(', ')}`, 'kern-table__caption'));
    const head = el('thead', undefined, 'kern-table__head');
    const headRow = el('tr', undefined, 'kern-table__row');
    const corner = el('th', 'Kriterium', 'kern-table__header');
    corner.scope = 'col';
    headRow.append(corner);
    for (const slug of slugs) {
      const th = el('th', undefined, 'kern-table__header');
      th.scope = 'col';
      const link = el('a', data.labels[slug].name);
      link.href = routes.label(slug);
      const remove = el('button', undefined, 'compare__remove');
      remove.type = 'button';
      remove.textContent = 'Entfernen';
      remove.setAttribute('aria-label', `${data.labels[slug].name} aus dem Vergleich entfernen`);
      remove.addEventListener('click', () => removeLabel(slugs, slug));
      th.append(link, el('br'), remove);
      headRow.append(th);
    }
    head.append(headRow);
    table.append(head);
    let differing = 0;
    for (const section of data.sections) {
      const body = el('tbody', undefined, 'kern-table__body');
      const titleRow = el('tr', undefined, 'kern-table__row compare-table__section');
      const title = el('th', undefined, 'kern-table__header');
      title.append(el('span', section.title));
      // The section heads the rows of its tbody; each data cell then has a section, a row and a column header.
      title.scope = 'rowgroup';
      title.colSpan = slugs.length + 1;
      titleRow.append(title);
      body.append(titleRow);
      for (const row of section.rows) {
        const cells = slugs.map((s) => data.labels[s].cells[row.key] ?? { symbol: '', text: '' });
        const differs = rowDiffers(cells.map((c) => c.text));
        if (differs) differing++;
        const tr = el('tr', undefined, `kern-table__row${differs ? ' compare-table__differs' : ''}`);
        const th = el('th', undefined, 'kern-table__header');
        th.scope = 'row';
        th.textContent = row.label;
        if (differs) th.append(el('span', ' (unterschiedlich)', 'compare-table__flag'));
        tr.append(th);
        cells.forEach(({ symbol, text, evidence = [] }, i) => {
          const td = el('td', undefined, 'kern-table__cell');
          if (symbol) {
            const sym = el('span', `${symbol} `, 'coverage__symbol');
            sym.setAttribute('aria-hidden', 'true');
            td.append(sym);
          }
          td.append(text);
          evidence.forEach((href, n) => {
            const link = el('a', evidence.length === 1 ? 'Beleg' : `Beleg ${n + 1}`, 'evidence-link');
            link.href = href;
            link.setAttribute('aria-label', `${link.textContent} für „${row.label}“ bei ${data.labels[slugs[i]].name}: ${text}`);
            td.append(' ', link);
          });
          tr.append(td);
        });
        body.append(tr);
      }
      table.append(body);
    }
    const scroll = el('section', undefined, 'table-scroll');
    scroll.tabIndex = 0;
    scroll.setAttribute('aria-label', 'Vergleichstabelle');
    scroll.append(table);
    host.append(scroll);
    status.textContent = compareStatus(names, differing, refused);
  }

  function update(slugs: string[], push = true): void {
    refused = '';
    const url = `${location.pathname}${serializeCompare(slugs)}`;
    if (push) history.pushState(null, '', url);
    render(slugs);
  }

  /**
   * The removed column's button disappears with the table, so focus moves to the remove button now
   * in its place (or the last one), or to the status when no table is left.
   */
  function removeLabel(slugs: string[], slug: string): void {
    const at = slugs.indexOf(slug);
    update(slugs.filter((s) => s !== slug));
    // The status is the live region: it says what happened first, then what the table now shows.
    status.textContent = removedStatus(data.labels[slug].name, status.textContent ?? '');
    const buttons = host.querySelectorAll<HTMLButtonElement>('.compare__remove');
    const next = buttons[Math.min(at, buttons.length - 1)];
    if (next) next.focus();
    else {
      status.tabIndex = -1;
      status.focus();
    }
  }

  // Keep the order in which labels were chosen: new ones join on the right.
  form.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const current = parseCompare(location.search, known).filter((s) => s !== box.value);
    update((box.checked ? [...current, box.value] : current).slice(0, MAX_COMPARE));
  });
  // The table already follows every change; the button then just leads to it.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    status.tabIndex = -1;
    status.focus();
  });
  root.querySelector('[data-compare-print]')?.addEventListener('click', () => window.print());
  const fromAddress = () => {
    const selection = compareSelection(location.search, known);
    refused = refusedMessage(selection.refused.map((s) => data.labels[s].name));
    return selection.slugs;
  };
  const initial = fromAddress();
  history.replaceState(null, '', `${location.pathname}${serializeCompare(initial)}`);
  render(initial);
  // Shown only now, in the same task as the table above it, so the table never pushes it down on screen.
  form.hidden = false;
  return () => render(fromAddress());
}

if (!customElements.get('label-compare')) customElements.define('label-compare', LabelCompare);
