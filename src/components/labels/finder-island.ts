import { createIndex } from '../../lib/finder/engine';
import type { FinderRecord } from '../../lib/finder/record';
import { facetKeys, type FacetKey } from '../../lib/finder/facets';
import { isEmptyState, parseState, serializeState, type FacetVocab, type FinderState } from '../../lib/finder/state';

/**
 * Cards shown at once. Showing a long result list in pages keeps style and layout work per
 * filter change small; the counts always cover the whole result.
 */
const PAGE_SIZE = 24;

interface FinderData {
  vocab: FacetVocab;
  records: FinderRecord[];
}

/**
 * Enhances the server-rendered list: reads the embedded label facts, filters them, and only
 * toggles `hidden` on the existing cards. The filter state lives in the URL.
 */
export function startFinder(root: Document = document): void {
  const form = root.querySelector<HTMLFormElement>('[data-finder-form]');
  const dataEl = root.getElementById('finder-data');
  const status = root.getElementById('finder-status');
  if (!form || !dataEl || !status) return;
  const data = JSON.parse(dataEl.textContent ?? '{}') as FinderData;
  const index = createIndex(data.records, data.vocab);
  const cardBySlug = new Map<string, HTMLElement>();
  for (const card of root.querySelectorAll<HTMLElement>('[data-slug]')) cardBySlug.set(card.dataset.slug ?? '', card);
  const cards = data.records.map((r) => cardBySlug.get(r.slug));
  const countEls = [...form.querySelectorAll<HTMLElement>('[data-count]')].map((el) => {
    const [key, value] = (el.dataset.count ?? '').split(':');
    return { el, key: key as FacetKey, value };
  });
  const search = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const total = data.records.length;
  const shown = cards.map(() => true);
  const more = root.querySelector<HTMLButtonElement>('[data-finder-more]');
  let limit = PAGE_SIZE;

  function readForm(): FinderState {
    const state = parseState('', data.vocab);
    state.q = search.value.trim();
    for (const key of facetKeys) {
      state[key] = [...form!.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map((i) => i.value);
    }
    return state;
  }

  function writeForm(state: FinderState): void {
    search.value = state.q;
    for (const key of facetKeys) {
      const chosen = new Set(state[key]);
      for (const input of form!.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`)) input.checked = chosen.has(input.value);
    }
  }

  function render(state: FinderState): void {
    const result = index.search(state);
    const visible = new Set(result.matches.slice(0, limit));
    for (let i = 0; i < cards.length; i++) {
      const show = visible.has(i);
      if (show !== shown[i] && cards[i]) cards[i]!.hidden = !show;
      shown[i] = show;
    }
    const rest = result.count - visible.size;
    if (more) {
      more.hidden = rest <= 0;
      if (rest > 0) {
        more.firstElementChild!.textContent =
          rest > PAGE_SIZE ? `Weitere ${PAGE_SIZE} Gütezeichen anzeigen (noch ${rest} nicht angezeigt)` : `Weitere ${rest} Gütezeichen anzeigen`;
      }
    }
    for (const c of countEls) {
      const n = result.counts[c.key]?.[c.value] ?? 0;
      const text = `(${n})`;
      if (c.el.textContent !== text) c.el.textContent = text;
    }
    const message =
      result.count === 0
        ? 'Kein Gütezeichen passt zu Ihrer Auswahl. Entfernen Sie einzelne Filter.'
        : isEmptyState(state)
          ? `${total} Gütezeichen`
          : `${result.count} von ${total} Gütezeichen passen zu Ihrer Auswahl`;
    const paged = rest > 0 ? `${message}. Angezeigt: die ersten ${visible.size}.` : message;
    if (status!.textContent !== paged) status!.textContent = paged;
  }

  function commit(push: boolean): void {
    limit = PAGE_SIZE;
    const state = readForm();
    render(state);
    // The address follows in a task of its own, so the list updates without waiting for it.
    setTimeout(() => {
      const query = serializeState(state, data.vocab);
      if (query === location.search) return;
      const url = `${location.pathname}${query}${location.hash}`;
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    });
  }

  form.hidden = false;
  const initial = parseState(location.search, data.vocab);
  writeForm(initial);
  history.replaceState(null, '', `${location.pathname}${serializeState(initial, data.vocab)}${location.hash}`);
  render(initial);

  // Results follow every change already; submitting (Enter in the search field) leads to them.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
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
    writeForm(parseState('', data.vocab));
    commit(true);
    search.focus();
  });
  more?.addEventListener('click', () => {
    const before = shown.lastIndexOf(true);
    limit += PAGE_SIZE;
    render(readForm());
    // Focus the first newly shown card, so keyboard users go on where the list grew.
    const next = shown.findIndex((show, i) => show && i > before);
    cards[next]?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    limit = PAGE_SIZE;
    const state = parseState(location.search, data.vocab);
    writeForm(state);
    render(state);
  });
}
