/**
 * `<seminar-clock>`: the browser side of the seminar pages, around the part of a page it keeps
 * current. The build rendered every state for the build time; this re-applies the same rule
 * (stateAt) with the visitor's clock to the badges and registration boxes inside the element,
 * hides the seminars of its lists that have ended since, and runs the filters of the seminar list
 * with their state in the URL. It looks at nothing outside itself.
 */
import { stateAt, type SeminarInstants } from '../../lib/seminars/dates';
import { countText, endedText, filterToSearch, matchesFilter, parseFilter, type SeminarFilter } from '../../lib/seminars/filters';
import { stateBadges } from '../../lib/seminars/state-badges';

function instantsOf(el: HTMLElement): SeminarInstants {
  return {
    status: el.dataset.status as SeminarInstants['status'],
    closesAt: Date.parse(el.dataset.closes ?? ''),
    endsAt: Date.parse(el.dataset.ends ?? ''),
  };
}

function refreshBadges(root: HTMLElement, now: number) {
  for (const badge of root.querySelectorAll<HTMLElement>('[data-seminar-state]')) {
    const { label, variant } = stateBadges[stateAt(instantsOf(badge), now)];
    badge.className = `kern-badge kern-badge--${variant}`;
    const text = badge.querySelector('.kern-label');
    if (text) text.textContent = label;
  }
}

function refreshCallsToAction(root: HTMLElement, now: number) {
  for (const cta of root.querySelectorAll<HTMLElement>('[data-seminar-cta]')) {
    const state = stateAt(instantsOf(cta), now);
    const variants = [...cta.querySelectorAll<HTMLElement>('[data-cta-state]')];
    // A state the build did not render (clock far off) keeps the server's version.
    if (!variants.some((v) => v.dataset.ctaState === state)) continue;
    for (const v of variants) v.hidden = v.dataset.ctaState !== state;
  }
}

/** Marks list items whose seminar has ended; returns how many. */
function markEnded(root: HTMLElement, now: number): number {
  let ended = 0;
  for (const item of root.querySelectorAll<HTMLElement>('[data-seminar-list] [data-seminar-item]')) {
    if (now >= Date.parse(item.dataset.ends ?? '')) {
      item.dataset.ended = 'true';
      item.hidden = true;
      ended++;
    }
  }
  // A shortened list (start page) moves up held-back seminars in place of ended ones.
  for (const list of root.querySelectorAll<HTMLElement>('[data-seminar-list][data-limit]')) {
    let room = Number(list.dataset.limit);
    for (const item of list.querySelectorAll<HTMLElement>('[data-seminar-item]')) {
      const show = item.dataset.ended !== 'true' && room > 0;
      item.hidden = !show;
      if (show) room--;
    }
  }
  const note = root.querySelector<HTMLElement>('[data-seminar-ended-note]');
  const count = note?.querySelector('[data-seminar-ended-count]');
  if (note && count && ended > 0) {
    count.textContent = endedText(ended);
    note.hidden = false;
  }
  return ended;
}

function readForm(form: HTMLFormElement): SeminarFilter {
  return parseFilter(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function showFiltered(root: HTMLElement, filter: SeminarFilter) {
  const items = [...root.querySelectorAll<HTMLElement>('[data-seminar-list] [data-seminar-item]')];
  let shown = 0;
  for (const item of items) {
    const visible =
      item.dataset.ended !== 'true' &&
      matchesFilter({ topics: (item.dataset.topics ?? '').split(' '), format: item.dataset.format ?? '', month: item.dataset.month ?? '' }, filter);
    item.hidden = !visible;
    if (visible) shown++;
  }
  for (const group of root.querySelectorAll<HTMLElement>('[data-seminar-month]')) {
    const any = [...group.querySelectorAll<HTMLElement>('[data-seminar-item]')].some((i) => !i.hidden);
    group.hidden = !any;
    const jump = root.querySelector<HTMLElement>(`[data-month-link="${group.dataset.seminarMonth}"]`);
    if (jump) jump.hidden = !any;
  }
  const count = root.querySelector<HTMLElement>('[data-seminar-count]');
  if (count) count.textContent = countText(shown);
}

function startFilters(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('[data-seminar-filters]');
  if (!form) return;
  const wanted = parseFilter(location.search);
  for (const [name, value] of new URLSearchParams(filterToSearch(wanted))) {
    const select = form.elements.namedItem(name);
    // A value without an option (e.g. a month with no seminars) is dropped, not half-applied.
    if (select instanceof HTMLSelectElement) select.value = value;
  }
  const apply = () => {
    const filter = readForm(form);
    showFiltered(root, filter);
    const url = `${location.pathname}${filterToSearch(filter)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  form.querySelector('[data-filter-reset]')?.addEventListener('click', (event) => {
    event.preventDefault();
    form.reset();
    for (const select of form.querySelectorAll('select')) select.value = '';
    apply();
    form.querySelector('select')?.focus();
  });
  form.hidden = false;
  const note = root.querySelector<HTMLElement>('[data-seminar-nojs]');
  if (note) note.hidden = true;
  apply();
}

class SeminarClock extends HTMLElement {
  private started = false;

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    const now = Date.now();
    refreshBadges(this, now);
    refreshCallsToAction(this, now);
    markEnded(this, now);
    startFilters(this);
  }
}

if (!customElements.get('seminar-clock')) customElements.define('seminar-clock', SeminarClock);
