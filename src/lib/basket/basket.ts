/**
 * The Kriterienkorb: labels and single criteria a buyer collects on label pages, in the finder
 * and in the Vergabeassistent, kept in the browser's localStorage. Pure list logic plus a store
 * over any Storage-like object, so tests need no browser. Stored JSON that is broken or from an
 * older shape is read as far as it is valid, never as an error.
 */

/** One entry: a whole label, or one criterion of it when `criterion` is set. */
export interface BasketItem {
  label: string;
  /** The label's name, shown in the basket without loading the labels. */
  name: string;
  /** The label's product-group slugs, so the assistant can pick a group from the basket. */
  groups: string[];
  /** The criterion's wording as the label page shows it. */
  criterion?: string;
}

export const BASKET_KEY = 'skew:kriterienkorb';
/** Fired on window after every change, so all basket elements of a page agree. */
export const BASKET_EVENT = 'kriterienkorb-change';
const MAX_ITEMS = 200;

export const itemKey = (item: Pick<BasketItem, 'label' | 'criterion'>): string => (item.criterion ? `${item.label}#${item.criterion}` : item.label);

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

function toItem(raw: unknown): BasketItem | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (!isText(r.label, 100) || !/^[a-z0-9-]+$/.test(r.label) || !isText(r.name, 200)) return undefined;
  const groups = Array.isArray(r.groups) ? r.groups.filter((g): g is string => isText(g, 100)) : [];
  const item: BasketItem = { label: r.label, name: r.name, groups };
  if (r.criterion !== undefined) {
    if (!isText(r.criterion, 500)) return undefined;
    item.criterion = r.criterion;
  }
  return item;
}

/** The items of a stored value; anything unreadable is dropped, duplicates keep their first place. */
export function parseBasket(stored: string | null): BasketItem[] {
  if (!stored) return [];
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return [];
  }
  const list = Array.isArray(value) ? value : typeof value === 'object' && value !== null ? (value as { items?: unknown }).items : undefined;
  if (!Array.isArray(list)) return [];
  const seen = new Set<string>();
  const items: BasketItem[] = [];
  for (const raw of list) {
    const item = toItem(raw);
    if (!item || seen.has(itemKey(item)) || items.length >= MAX_ITEMS) continue;
    seen.add(itemKey(item));
    items.push(item);
  }
  return items;
}

export const serializeBasket = (items: readonly BasketItem[]): string => JSON.stringify({ version: 1, items });

export const hasItem = (items: readonly BasketItem[], item: Pick<BasketItem, 'label' | 'criterion'>): boolean =>
  items.some((i) => itemKey(i) === itemKey(item));

export function addItem(items: readonly BasketItem[], item: BasketItem): BasketItem[] {
  return hasItem(items, item) || items.length >= MAX_ITEMS ? [...items] : [...items, item];
}

export function removeItem(items: readonly BasketItem[], item: Pick<BasketItem, 'label' | 'criterion'>): BasketItem[] {
  return items.filter((i) => itemKey(i) !== itemKey(item));
}

/** The labels in the basket, in the order first collected, whether whole or by a criterion. */
export const basketLabels = (items: readonly BasketItem[]): string[] => [...new Set(items.map((i) => i.label))];

/** The product group most of the basket's labels belong to (first collected wins a tie), if any. */
export function basketGroup(items: readonly BasketItem[], known: readonly string[]): string | undefined {
  const count = new Map<string, number>();
  const byLabel = new Map(items.map((i) => [i.label, i.groups]));
  for (const groups of byLabel.values()) for (const g of new Set(groups)) if (known.includes(g)) count.set(g, (count.get(g) ?? 0) + 1);
  let best: string | undefined;
  for (const [g, n] of count) if (best === undefined || n > count.get(best)!) best = g;
  return best;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** The basket in a Storage; a storage that refuses (private mode, full, blocked) is a basket that forgets. */
export class BasketStore {
  constructor(private readonly storage: StorageLike | undefined) {}

  list(): BasketItem[] {
    try {
      return parseBasket(this.storage?.getItem(BASKET_KEY) ?? null);
    } catch {
      return [];
    }
  }

  /** Writes the list; false when the storage refused it. */
  save(items: readonly BasketItem[]): boolean {
    try {
      if (!this.storage) return false;
      this.storage.setItem(BASKET_KEY, serializeBasket(items));
      return true;
    } catch {
      return false;
    }
  }

  add(item: BasketItem): BasketItem[] {
    const items = addItem(this.list(), item);
    this.save(items);
    return items;
  }

  remove(item: Pick<BasketItem, 'label' | 'criterion'>): BasketItem[] {
    const items = removeItem(this.list(), item);
    this.save(items);
    return items;
  }

  toggle(item: BasketItem): BasketItem[] {
    return hasItem(this.list(), item) ? this.remove(item) : this.add(item);
  }
}
