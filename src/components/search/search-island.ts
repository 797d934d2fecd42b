import { facetGroups, pastLast, resultSummary, SEMINAR_TIME_FILTER, seminarTimes, toHit, type FacetGroup, type SearchHit } from '../../lib/search/results';
import { hasFilters, isRunnable, pagefindFilters, parseSearchState, serializeSearchState, toggleFilter, type SearchState } from '../../lib/search/url-state';
import { routes } from '../../lib/routes';
import { suggestQuery } from '../../lib/search/suggest';
import { loadPagefind, type PagefindApi, type PagefindResult } from './pagefind-api';

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 300;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`Suchseite: ${selector} fehlt`);
  return element;
}

class SearchPage {
  private state: SearchState = { query: '', filters: {} };
  private available: Record<string, Record<string, number>> = {};
  private pending: PagefindResult[] = [];
  private run = 0;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly form: HTMLFormElement;
  private readonly input: HTMLInputElement;
  private readonly filters: HTMLElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private readonly empty: HTMLElement;
  private readonly results: HTMLElement;
  private readonly suggestion: HTMLElement;
  private readonly suggestionLink: HTMLAnchorElement;
  private words: Promise<string[]> | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly pagefind: PagefindApi,
  ) {
    this.form = required(root, '[data-search-form]');
    this.input = required(root, '[data-search-input]');
    this.filters = required(root, '[data-search-filters]');
    this.status = required(root, '[data-search-status]');
    this.list = required(root, '[data-search-results]');
    this.more = required(root, '[data-search-more]');
    this.empty = required(root, '[data-search-empty]');
    this.results = required(root, '[data-search-ui]');
    this.suggestion = required(root, '[data-search-suggestion]');
    this.suggestionLink = required(root, '[data-search-suggestion-link]');
  }

  async start(): Promise<void> {
    this.available = await this.pagefind.filters();
    this.state = parseSearchState(location.search, Object.keys(this.available));
    this.rewriteAddress(this.state);
    this.input.value = this.state.query;
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.typingTimer);
      this.update({ ...this.state, query: this.input.value.trim() });
    });
    this.input.addEventListener('input', () => {
      clearTimeout(this.typingTimer);
      this.typingTimer = setTimeout(() => this.update({ ...this.state, query: this.input.value.trim() }), TYPING_DELAY_MS);
    });
    this.filters.addEventListener('change', (event) => {
      const box = event.target;
      if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
      this.update(toggleFilter(this.state, box.name, box.value, box.checked));
    });
    this.root.addEventListener('click', (event) => {
      if ((event.target as Element).closest('[data-search-reset]')) this.update({ ...this.state, filters: {} });
    });
    this.more.addEventListener('click', () => void this.showMore(true));
    this.suggestionLink.addEventListener('click', (event) => {
      event.preventDefault();
      const query = this.suggestionLink.textContent ?? '';
      this.input.value = query;
      this.update({ ...this.state, query });
      this.input.focus();
    });
    this.results.hidden = false;
    await this.search();
  }

  /** The address is replaced, not pushed: Back leaves the search page instead of undoing each keystroke. */
  private update(next: SearchState): void {
    this.rewriteAddress(next);
    this.state = next;
    void this.search();
  }

  private rewriteAddress(state: SearchState): void {
    const address = `${location.pathname}${serializeSearchState(state)}${location.hash}`;
    if (address !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', address);
  }

  /** One search for the results, plus one per filter in use so its boxes count as if it were unset. */
  private async search(): Promise<void> {
    const run = ++this.run;
    const { state } = this;
    const term = state.query || null;
    if (!isRunnable(state)) {
      this.render(run, [], this.available, 'Geben Sie einen Suchbegriff ein oder wählen Sie einen Bereich.', false);
      return;
    }
    const main = await this.pagefind.search(term, { filters: pagefindFilters(state) });
    const counts: Record<string, Record<string, number>> = { ...(main?.filters ?? {}) };
    for (const name of Object.keys(state.filters)) {
      const without = await this.pagefind.search(term, { filters: pagefindFilters(state, name) });
      counts[name] = without?.filters[name] ?? {};
    }
    // The ids of past seminars come from a filtered search, so ordering loads no result data.
    const past = main?.results.length
      ? await this.pagefind.search(term, { filters: { ...pagefindFilters(state), [SEMINAR_TIME_FILTER]: { any: [seminarTimes.past] } } })
      : null;
    if (run !== this.run || !main) return;
    const results = pastLast(main.results, new Set(past?.results.map((r) => r.id)));
    const summary = resultSummary(results.length, state.query, hasFilters(state));
    this.render(run, results, counts, summary, results.length === 0);
    await this.suggest(run, state.query);
  }

  /** Offers the closest spelling the pages use; the word list loads only once a query needs it. */
  private async suggest(run: number, query: string): Promise<void> {
    let suggestion: string | undefined;
    if (query) {
      this.words ??= fetch(routes.searchWords).then(
        (response) => (response.ok ? (response.json() as Promise<string[]>) : []),
        () => [],
      );
      suggestion = suggestQuery(query, await this.words);
    }
    if (run !== this.run) return;
    this.suggestion.hidden = !suggestion;
    this.suggestionLink.textContent = suggestion ?? '';
    this.suggestionLink.href = routes.search(suggestion ?? '');
  }

  private render(run: number, results: PagefindResult[], counts: Record<string, Record<string, number>>, summary: string, noHits: boolean): void {
    this.renderFilters(facetGroups(this.available, counts, this.state.filters));
    this.status.textContent = summary;
    this.empty.hidden = !noHits;
    required<HTMLElement>(this.empty, '[data-search-reset]').hidden = !hasFilters(this.state);
    this.list.replaceChildren();
    this.pending = [...results];
    void this.showMore(false, run);
  }

  private async showMore(moveFocus: boolean, run = this.run): Promise<void> {
    const batch = this.pending.splice(0, PAGE_SIZE);
    const hits = (await Promise.all(batch.map((r) => r.data()))).map(toHit);
    if (run !== this.run) return;
    const items = hits.map((hit) => this.renderHit(hit));
    this.list.append(...items);
    this.more.hidden = this.pending.length === 0;
    // After "Weitere Treffer", keyboard users continue at the first new result, not at the button's old place.
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  private renderHit(hit: SearchHit): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-hit';
    const heading = document.createElement('h3');
    heading.className = 'search-hit__title';
    const link = document.createElement('a');
    link.href = hit.url;
    link.textContent = hit.title;
    heading.append(link);
    item.append(heading);
    if (hit.area || hit.date || hit.past) {
      const meta = document.createElement('p');
      meta.className = 'search-hit__meta';
      if (hit.area) {
        const badge = document.createElement('span');
        badge.className = 'kern-badge kern-badge--info';
        badge.textContent = hit.area;
        meta.append(badge);
      }
      if (hit.date) {
        const date = document.createElement('span');
        date.className = 'search-hit__date';
        date.textContent = `Termin: ${hit.date}`;
        meta.append(date);
      }
      if (hit.past) {
        const badge = document.createElement('span');
        badge.className = 'kern-badge kern-badge--info';
        badge.textContent = 'Vergangen';
        meta.append(badge);
      }
      item.append(meta);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'search-hit__excerpt';
    excerpt.append(
      ...hit.excerpt.map((part) => {
        if (!part.hit) return document.createTextNode(part.text);
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        return mark;
      }),
    );
    item.append(excerpt);
    return item;
  }

  /** Rebuilt on each search; focus stays on the box a visitor just toggled. */
  private renderFilters(groups: FacetGroup[]): void {
    const active = document.activeElement;
    const focused = active instanceof HTMLInputElement && this.filters.contains(active) ? { name: active.name, value: active.value } : undefined;
    const fieldsets = groups.map((group, groupIndex) => {
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'kern-fieldset search-facet';
      const legend = document.createElement('legend');
      legend.className = 'kern-label';
      legend.textContent = group.name;
      const body = document.createElement('div');
      body.className = 'kern-fieldset__body';
      // Ids by position, not by name: names such as "A/B" and "A B" must not share an id.
      for (const [valueIndex, value] of group.values.entries()) {
        const id = `filter-${groupIndex}-${valueIndex}`;
        const check = document.createElement('div');
        check.className = 'kern-form-check';
        const box = document.createElement('input');
        box.className = 'kern-form-check__checkbox';
        box.type = 'checkbox';
        box.id = id;
        box.name = group.name;
        box.value = value.value;
        box.checked = value.selected;
        const label = document.createElement('label');
        label.className = 'kern-label';
        label.htmlFor = id;
        label.textContent = `${value.value} (${value.count.toLocaleString('de-DE')})`;
        check.append(box, label);
        body.append(check);
      }
      fieldset.append(legend, body);
      return fieldset;
    });
    this.filters.replaceChildren(...fieldsets);
    this.filters.hidden = fieldsets.length === 0;
    // Positions shift when values appear or vanish, so the box is found again by name and value.
    if (focused) {
      const boxes = this.filters.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
      [...boxes].find((box) => box.name === focused.name && box.value === focused.value)?.focus();
    }
  }
}

/** <search-page>: the island reads and writes only inside its own element. */
class SearchPageElement extends HTMLElement {
  private started = false;

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    void this.start();
  }

  private async start(): Promise<void> {
    const notice = required<HTMLElement>(this, '[data-search-nojs]');
    const failure = required<HTMLElement>(this, '[data-search-failed]');
    // JavaScript runs, so the notice saying it is needed goes at once, before the index loads.
    notice.hidden = true;
    try {
      await new SearchPage(this, await loadPagefind()).start();
    } catch (error) {
      failure.hidden = false;
      throw error;
    }
  }
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPageElement);
