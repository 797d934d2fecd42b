import { BASKET_EVENT, BasketStore, hasItem, type BasketItem } from '../../lib/basket/basket';
import { h, localStore as storage } from '../dom';

/**
 * `<kriterien-korb data-label data-name data-groups>`: a button that puts the label into the
 * Kriterienkorb or takes it out. Wrapped around a label page's article it also gives every row of
 * the tables inside `[data-korb-kriterien]` a button for that single criterion. Everything it
 * touches lies inside the element; the elements of a page agree through one window event.
 */
class KriterienKorb extends HTMLElement {
  private readonly store = new BasketStore(storage());
  private buttons: { item: BasketItem; button: HTMLButtonElement; what: string }[] = [];
  private status: HTMLElement | undefined;

  connectedCallback(): void {
    // The finder takes hidden cards out of the document and puts them back, so an element can be
    // connected again: it listens anew and keeps the buttons it made.
    window.addEventListener(BASKET_EVENT, this.refresh);
    window.addEventListener('storage', this.refresh);
    if (this.buttons.length) return this.refresh();
    const label = this.dataset.label;
    const name = this.dataset.name;
    if (!label || !name) return;
    const groups = (this.dataset.groups ?? '').split(',').filter(Boolean);
    const whole: BasketItem = { label, name, groups };
    const wholeButton = this.button(whole, name);
    const place = this.querySelector('h1');
    const line = h('p', { class: 'korb-line' }, wholeButton);
    if (place) place.after(line);
    else this.append(line);
    for (const table of this.querySelectorAll<HTMLTableElement>('[data-korb-kriterien] table')) {
      table.querySelector('thead tr')?.append(h('th', { scope: 'col', class: 'kern-table__header' }, 'Kriterienkorb'));
      for (const row of table.querySelectorAll('tbody tr')) {
        const criterion = row.querySelector('th')?.textContent?.trim();
        if (!criterion) continue;
        row.append(h('td', { class: 'kern-table__cell' }, this.button({ ...whole, criterion }, `${criterion} (${name})`)));
      }
    }
    this.refresh();
  }

  disconnectedCallback(): void {
    window.removeEventListener(BASKET_EVENT, this.refresh);
    window.removeEventListener('storage', this.refresh);
  }

  private button(item: BasketItem, what: string): HTMLButtonElement {
    const button = h('button', { type: 'button', class: 'kern-btn kern-btn--secondary korb-button' });
    button.addEventListener('click', () => {
      const items = this.store.toggle(item);
      const inside = hasItem(items, item);
      this.say(`${what} ${inside ? 'liegt jetzt im Kriterienkorb' : 'ist nicht mehr im Kriterienkorb'}. Im Korb: ${items.length}.`);
      window.dispatchEvent(new Event(BASKET_EVENT));
    });
    this.buttons.push({ item, button, what });
    return button;
  }

  private readonly refresh = (): void => {
    const items = this.store.list();
    for (const { item, button, what } of this.buttons) {
      const inside = hasItem(items, item);
      button.replaceChildren(
        h('span', { class: 'kern-label' }, inside ? 'Aus dem Kriterienkorb nehmen' : 'In den Kriterienkorb'),
        h('span', { class: 'visually-hidden' }, `: ${what}`),
      );
    }
  };

  /** The status region is made on first use, so a list of many cards carries no empty live regions. */
  private say(text: string): void {
    if (!this.status) {
      this.status = h('span', { class: 'visually-hidden', role: 'status' });
      this.append(this.status);
    }
    this.status.textContent = text;
  }
}

if (!customElements.get('kriterien-korb')) customElements.define('kriterien-korb', KriterienKorb);
