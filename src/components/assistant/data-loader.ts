import type { AssistantData } from '../../lib/assistant/data';
import { joinParts, partsFor, type AssistantCommon, type AssistantGroupPart } from '../../lib/assistant/parts';
import type { AssistantState } from '../../lib/assistant/state';

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The assistant's data as the islands load it: the common part once, each product group's part
 * when the answers first need it, each at most once per page. A failed fetch rejects and is
 * forgotten, so the next need tries again.
 */
export class AssistantDataLoader {
  private readonly parts = new Map<string, Promise<AssistantGroupPart>>();
  private readonly loaded = new Map<string, AssistantGroupPart>();
  private joined: { key: string; data: AssistantData } | undefined;

  private constructor(readonly common: AssistantCommon) {}

  static async open(url: string): Promise<AssistantDataLoader> {
    return new AssistantDataLoader(await fetchJson<AssistantCommon>(url));
  }

  /** The groups whose parts the answers need (parts.ts), preferring parts already here. */
  needs(state: Pick<AssistantState, 'gruppe' | 'gz'>): string[] {
    return partsFor(state, this.common, new Set(this.loaded.keys()));
  }

  has(slugs: readonly string[]): boolean {
    return slugs.every((slug) => this.loaded.has(slug));
  }

  async load(slugs: readonly string[]): Promise<void> {
    await Promise.all(slugs.map((slug) => this.part(slug)));
  }

  /** The joined data for parts that are loaded (call `load` first). */
  data(slugs: readonly string[]): AssistantData {
    const key = slugs.join(',');
    if (this.joined?.key !== key)
      this.joined = {
        key,
        data: joinParts(
          this.common,
          slugs.flatMap((slug) => this.loaded.get(slug) ?? []),
        ),
      };
    return this.joined.data;
  }

  private part(slug: string): Promise<AssistantGroupPart> {
    let pending = this.parts.get(slug);
    if (!pending) {
      const url = this.common.groups[slug]?.part;
      pending = (url ? fetchJson<AssistantGroupPart>(url) : Promise.reject(new Error(`unknown group ${slug}`))).then((part) => {
        this.loaded.set(slug, part);
        return part;
      });
      pending.catch(() => this.parts.delete(slug));
      this.parts.set(slug, pending);
    }
    return pending;
  }
}
