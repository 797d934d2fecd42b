import { describe, expect, it } from 'vitest';
import {
  BASKET_KEY,
  BasketStore,
  addItem,
  basketGroup,
  basketLabels,
  hasItem,
  parseBasket,
  removeItem,
  serializeBasket,
  type BasketItem,
} from '../../src/lib/basket/basket';

// Invented labels, not the site's content.
const tex: BasketItem = { label: 'fair-tex', name: 'Fair Tex', groups: ['textilien'] };
const texWage: BasketItem = { ...tex, criterion: 'Existenzsichernder Lohn' };
const bean: BasketItem = { label: 'bohne', name: 'Bohne fair', groups: ['kaffee', 'textilien'] };

class MemoryStorage {
  data = new Map<string, string>();
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
}

describe('Kriterienkorb', () => {
  it('adds, lists and removes labels and single criteria apart', () => {
    let items = addItem([], tex);
    items = addItem(items, texWage);
    items = addItem(items, tex);
    expect(items).toEqual([tex, texWage]);
    expect(hasItem(items, { label: 'fair-tex', criterion: 'Existenzsichernder Lohn' })).toBe(true);
    items = removeItem(items, tex);
    expect(items).toEqual([texWage]);
    expect(basketLabels([texWage, bean, tex])).toEqual(['fair-tex', 'bohne']);
  });

  it('round-trips through JSON and drops what is broken', () => {
    expect(parseBasket(serializeBasket([tex, texWage, bean]))).toEqual([tex, texWage, bean]);
    expect(parseBasket(null)).toEqual([]);
    expect(parseBasket('{nicht json')).toEqual([]);
    expect(parseBasket('"text"')).toEqual([]);
    expect(parseBasket('{"items": 3}')).toEqual([]);
    const mixed = JSON.stringify({
      items: [
        tex,
        null,
        { label: 'Böse Slug', name: 'x' },
        { label: 'ok', name: '' },
        { ...tex },
        { label: 'a', name: 'A', groups: [1, 'g'], criterion: 7 },
        { label: 'b', name: 'B', groups: 'x' },
      ],
    });
    expect(parseBasket(mixed)).toEqual([tex, { label: 'b', name: 'B', groups: [] }]);
  });

  it('picks the product group most labels share, among known groups only', () => {
    expect(basketGroup([tex, bean], ['textilien', 'kaffee'])).toBe('textilien');
    expect(basketGroup([bean], ['kaffee', 'textilien'])).toBe('kaffee');
    expect(basketGroup([tex], ['kaffee'])).toBeUndefined();
    expect(basketGroup([], ['kaffee'])).toBeUndefined();
  });

  it('keeps the list in a storage and survives one that refuses', () => {
    const storage = new MemoryStorage();
    const store = new BasketStore(storage);
    store.add(tex);
    store.toggle(bean);
    expect(store.list()).toEqual([tex, bean]);
    store.toggle(tex);
    expect(JSON.parse(storage.data.get(BASKET_KEY)!).items).toEqual([bean]);
    storage.data.set(BASKET_KEY, '[[[');
    expect(store.list()).toEqual([]);
    const refusing = new BasketStore({
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
    });
    expect(refusing.list()).toEqual([]);
    expect(refusing.save([tex])).toBe(false);
    expect(new BasketStore(undefined).add(tex)).toEqual([tex]);
  });
});
