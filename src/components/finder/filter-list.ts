import { createFilterIndex } from '../../lib/finder/engine';
import type { FacetRecord, FacetSet, FilterState, VocabOf } from '../../lib/finder/facet-set';
import { isEmptyFilterState, parseFilterState, serializeFilterState } from '../../lib/finder/state';
import { filterToggleText, moreText, showResultsText, statusText, type ListWords } from '../../lib/finder/status-text';

/**
 * Cards shown at once. Showing a long result list in pages keeps style and layout work per
 * filter change small; the counts always cover the whole result.
 */
const PAGE_SIZE = 24;

/** What differs between the filtered lists: their facets, their records' text and their words. */
export interface FilterListOptions<K extends string, R extends FacetRecord<K> & { slug: string }> extends ListWords {
  set: FacetSet<K>;
  /** The text the search field matches for a record. */
  haystack: (record: R) => string;
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`Filterliste: ${selector} fehlt`);
  return element;
}

/**
 * Base of the filtered lists' custom elements (`<label-finder>`, `<example-finder>`, each a
 * subclass that passes its options): enhances the server-rendered list inside the element. It
 * reads the embedded records (`<script type="application/json">` with { vocab, records }),
 * filters them, and keeps only the cards (`[data-slug]`) it shows in the document. The others
 * wait detached, so style and layout work per filter change grows with the shown cards, not with
 * all of them; without JavaScript the page lists every card. The filter state lives in the URL.
 * The element holds the form (`[data-finder-form]`, hidden until this runs), the status
 * (`[data-finder-status]`) and the "more" button (`[data-finder-more]`); it looks at nothing
 * outside itself.
 */
export class FilterList<K extends string, R extends FacetRecord<K> & { slug: string }> extends HTMLElement {
  private onPopState: (() => void) | undefined;

  constructor(private readonly options: FilterListOptions<K, R>) {
    super();
  }

  connectedCallback(): void {
    this.onPopState ??= enhance(this, this.options);
    window.addEventListener('popstate', this.onPopState);
  }

  disconnectedCallback(): void {
    if (this.onPopState) window.removeEventListener('popstate', this.onPopState);
  }
}

/** Starts the list inside `root`; returns what to do when the address changes (back, forward). */
function enhance<K extends string, R extends FacetRecord<K> & { slug: string }>(root: HTMLElement, options: FilterListOptions<K, R>): () => void {
  const { set, plural } = options;
  const form = required<HTMLFormElement>(root, '[data-finder-form]');
  const status = required<HTMLElement>(root, '[data-finder-status]');
  const data = JSON.parse(required(root, 'script[type="application/json"]').textContent ?? '{}') as { vocab: VocabOf<K>; records: R[] };
  const index = createFilterIndex(set, data.records, data.vocab, options.haystack);
  const cardBySlug = new Map<string, HTMLElement>();
  for (const card of root.querySelectorAll<HTMLElement>('[data-slug]')) cardBySlug.set(card.dataset.slug ?? '', card);
  const cards = data.records.map((r) => cardBySlug.get(r.slug));
  const list = cards.find(Boolean)?.parentElement;
  /** Indices of the cards in the document, ascending like the server's order. */
  let attached = cards.flatMap((card, i) => (card ? [i] : []));
  const countEls = [...form.querySelectorAll<HTMLElement>('[data-count]')].map((el) => {
    const [key, value] = (el.dataset.count ?? '').split(':');
    return { el, key: key as K, value };
  });
  const search = required<HTMLInputElement>(form, 'input[name="q"]');
  const total = data.records.length;
  const more = root.querySelector<HTMLButtonElement>('[data-finder-more]');
  let limit = PAGE_SIZE;

  function readForm(): FilterState<K> {
    const state = parseFilterState(set, '', data.vocab);
    state.q = search.value.trim();
    for (const key of set.keys) {
      (state as Record<K, string[]>)[key] = [...form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map((i) => i.value);
    }
    return state;
  }

  function writeForm(state: FilterState<K>): void {
    search.value = state.q;
    for (const key of set.keys) {
      const chosen = new Set(state[key]);
      for (const input of form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`)) input.checked = chosen.has(input.value);
    }
  }

  function render(state: FilterState<K>): void {
    const result = index.search(state);
    const visible = new Set(result.matches.slice(0, limit));
    place(visible);
    const rest = result.count - visible.size;
    if (more) {
      more.hidden = rest <= 0;
      if (rest > 0) more.firstElementChild!.textContent = moreText(plural, rest, PAGE_SIZE);
    }
    for (const c of countEls) {
      const n = result.counts[c.key]?.[c.value] ?? 0;
      const text = `(${n})`;
      if (c.el.textContent !== text) c.el.textContent = text;
    }
    if (showLabel) showLabel.textContent = showResultsText(result.count);
    const line = statusText(options, { count: result.count, total, shown: visible.size, filtered: !isEmptyFilterState(set, state) });
    if (status.textContent !== line) status.textContent = line;
  }

  /**
   * Puts exactly the visible cards into the list, in their original order. A card with a checked
   * control (a comparison choice) stays in the document, hidden, so its form still submits it.
   */
  function place(visible: Set<number>): void {
    if (!list) return;
    const next: number[] = [];
    for (const i of attached) {
      const show = visible.has(i);
      if (!show && !cards[i]!.querySelector('input:checked')) cards[i]!.remove();
      else {
        cards[i]!.hidden = !show;
        next.push(i);
      }
    }
    for (const i of visible) if (cards[i] && !cards[i].isConnected) next.push(i);
    next.sort((a, b) => a - b);
    // Cards that stayed keep their place; the others go in before the next one that stayed.
    let ref = list.firstElementChild;
    for (const i of next) {
      const card = cards[i]!;
      if (card === ref) ref = ref.nextElementSibling;
      else {
        card.hidden = false;
        list.insertBefore(card, ref);
      }
    }
    attached = next;
  }

  function commit(push: boolean): void {
    limit = PAGE_SIZE;
    const state = readForm();
    render(state);
    // The address follows in a task of its own, so the list updates without waiting for it.
    setTimeout(() => {
      const query = serializeFilterState(set, state, data.vocab);
      if (query === location.search) return;
      const url = `${location.pathname}${query}${location.hash}`;
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    });
  }

  // On narrow screens the filters fold away behind a disclosure button, so the results follow
  // right after it; wide screens show them beside the results and hide the button (CSS).
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'kern-btn kern-btn--secondary finder__toggle';
  toggle.setAttribute('aria-controls', form.id);
  const toggleLabel = toggle.appendChild(document.createElement('span'));
  toggleLabel.className = 'kern-label';
  form.before(toggle);
  const showLabel = form.querySelector<HTMLElement>('button[type="submit"] .kern-label');
  const expand = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    form.toggleAttribute('data-collapsed', !open);
    toggleLabel.textContent = filterToggleText(open);
  };
  expand(false);
  toggle.addEventListener('click', () => expand(form.hasAttribute('data-collapsed')));

  form.hidden = false;
  const initial = parseFilterState(set, location.search, data.vocab);
  writeForm(initial);
  history.replaceState(null, '', `${location.pathname}${serializeFilterState(set, initial, data.vocab)}${location.hash}`);
  render(initial);

  // Results follow every change already; submitting ("n Treffer anzeigen", Enter in the search
  // field) folds the filters away on narrow screens and leads to the results.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    expand(false);
    status.tabIndex = -1;
    status.focus();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) commit(true);
  });
  let typing = 0;
  search.addEventListener('input', () => {
    limit = PAGE_SIZE;
    render(readForm());
    clearTimeout(typing);
    typing = window.setTimeout(() => commit(false), 400);
  });
  form.querySelector('[data-finder-reset]')?.addEventListener('click', () => {
    writeForm(parseFilterState(set, '', data.vocab));
    commit(true);
    search.focus();
  });
  more?.addEventListener('click', () => {
    const before = new Set(attached.filter((i) => !cards[i]!.hidden));
    limit += PAGE_SIZE;
    render(readForm());
    // Focus the first newly shown card, so keyboard users go on where the list grew.
    const next = attached.find((i) => !before.has(i) && !cards[i]!.hidden);
    if (next !== undefined) cards[next]?.querySelector('a')?.focus();
  });
  return () => {
    limit = PAGE_SIZE;
    const state = parseFilterState(set, location.search, data.vocab);
    writeForm(state);
    render(state);
  };
}
