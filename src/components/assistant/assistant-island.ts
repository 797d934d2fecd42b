import { BASKET_EVENT, BasketStore, basketGroup, basketLabels, type BasketItem } from '../../lib/basket/basket';
import { groupForCpv } from '../../lib/cpv';
import type { AssistantData } from '../../lib/assistant/data';
import type { KnownSlugs } from '../../lib/assistant/state';
import type { Block, Inline, PhaseView, Question } from '../../lib/assistant/doc';
import { inlineText } from '../../lib/assistant/doc';
import { answerLabels, buildPhases } from '../../lib/assistant/phases';
import { parseState, serializeState, setParam, type AssistantState, type PhaseKey } from '../../lib/assistant/state';
import '../basket/korb-element';
import { h, localStore as storage } from '../dom';
import { AssistantDataLoader } from './data-loader';
import { renderBlocks, renderLink } from './render';

/** Saved under the site's prefix; holds the last query string, nothing else. */
export const SESSION_KEY = 'skew:vergabeassistent';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface PageConfig {
  data: string;
  vermerk: string;
}

function readSession(): string {
  try {
    const saved = storage()?.getItem(SESSION_KEY) ?? '';
    return saved.startsWith('?') ? saved : '';
  } catch {
    return '';
  }
}

function writeSession(query: string): void {
  try {
    if (query) storage()?.setItem(SESSION_KEY, query);
  } catch {
    // A browser that refuses storage still has the URL.
  }
}

/**
 * `<vergabe-assistent>`: the five phases from buildPhases, one at a time. The URL is the state
 * (pushState for a new step, replaceState while a number is typed), localStorage keeps the last
 * one to resume. Every query stays inside the element; ids it makes carry its own prefix. The
 * common data comes first; a product group's part is fetched when the answers first need it, and
 * the step shows once it is there.
 */
class VergabeAssistent extends HTMLElement {
  private loader!: AssistantDataLoader;
  /** The data the shown step was built from. */
  private data!: AssistantData;
  private config!: PageConfig;
  private state!: AssistantState;
  private phases: PhaseView[] = [];
  private readonly basket = new BasketStore(storage());
  private app!: HTMLElement;
  private steps!: HTMLElement;
  private phase!: HTMLElement;
  private live!: HTMLElement;
  private basketView!: HTMLElement;
  private formShape = '';
  private shownKey: PhaseKey | undefined;
  private idCount = 0;
  /** Counts state changes, so a part that arrives late does not show a state already left. */
  private turn = 0;
  private focusPending = false;

  async connectedCallback(): Promise<void> {
    if (this.app || this.loader) return;
    this.config = JSON.parse(this.querySelector('script[data-assistant-config]')!.textContent) as PageConfig;
    try {
      this.loader = await AssistantDataLoader.open(this.config.data);
      this.state = this.parse(location.search);
      await this.loader.load(this.loader.needs(this.state));
    } catch {
      this.loadFailed();
      return;
    }
    this.build();
    const saved = readSession();
    this.render(false);
    if (!location.search && saved && saved !== serializeState(this.state)) this.offerResume(saved);
    window.addEventListener('popstate', () => {
      this.state = this.parse(location.search);
      void this.show(true);
    });
    window.addEventListener(BASKET_EVENT, () => this.renderBasket());
    window.addEventListener('storage', () => this.renderBasket());
    this.dataset.ready = '';
  }

  private get known(): KnownSlugs {
    return this.loader.common.known;
  }

  private parse(search: string): AssistantState {
    return parseState(new URLSearchParams(search), this.known);
  }

  /** The page's message that the data could not be loaded; the answers stay in the URL for a reload. */
  private loadFailed(): void {
    const error = this.querySelector('[data-load-error]');
    error?.removeAttribute('hidden');
    if (this.live && error) this.live.textContent = error.textContent;
  }

  private uid(name: string): string {
    return `va-${name}-${++this.idCount}`;
  }

  private build(): void {
    this.querySelector('[data-static-phases]')?.setAttribute('hidden', '');
    this.live = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
    this.steps = h('nav', { class: 'assistant__steps', 'aria-label': 'Schritte des Vergabeassistenten' });
    this.phase = h('section', { class: 'assistant__phase section' });
    this.basketView = h('section', { class: 'assistant__basket section', 'aria-label': 'Kriterienkorb' });
    this.app = h('div', { class: 'assistant__app' }, this.steps, this.phase, this.live, this.basketView);
    this.append(this.app);
  }

  private current(): PhaseView {
    return this.phases.find((p) => p.key === (this.state.schritt ?? 'rahmen')) ?? this.phases[0];
  }

  private query(state = this.state): string {
    return serializeState(state);
  }

  /** Applies a new state: URL, storage, view; resolves false when the data for it could not be loaded. */
  private update(state: AssistantState, how: 'push' | 'replace'): Promise<boolean> {
    const stepChanged = (state.schritt ?? 'rahmen') !== (this.state.schritt ?? 'rahmen');
    this.state = state;
    const url = `${location.pathname}${this.query()}`;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    writeSession(this.query());
    return this.show(stepChanged);
  }

  /** Renders the current state, after fetching the group parts it needs; at once when they are here. */
  private async show(focus: boolean): Promise<boolean> {
    const turn = ++this.turn;
    this.focusPending ||= focus;
    const slugs = this.loader.needs(this.state);
    if (!this.loader.has(slugs)) {
      this.phase.setAttribute('aria-busy', 'true');
      try {
        await this.loader.load(slugs);
      } catch {
        if (turn === this.turn) {
          this.phase.removeAttribute('aria-busy');
          this.loadFailed();
        }
        return false;
      }
      if (turn !== this.turn) return true;
      this.phase.removeAttribute('aria-busy');
    }
    const withFocus = this.focusPending;
    this.focusPending = false;
    this.render(withFocus);
    return true;
  }

  private set(param: string, value: string, how: 'push' | 'replace' = 'push'): void {
    void this.update(setParam(this.state, param, value, this.known), how);
  }

  private go(key: PhaseKey): void {
    void this.update({ ...this.state, schritt: key }, 'push');
  }

  private render(focus: boolean): void {
    const before = this.phases.length ? inlineText(this.current().result.flatMap(blockText)) : undefined;
    this.data = this.loader.data(this.loader.needs(this.state));
    this.phases = buildPhases(this.state, this.data);
    const view = this.current();
    const keyChanged = view.key !== this.shownKey;
    this.renderSteps(view);
    const shape = JSON.stringify([
      view.key,
      view.questions.map((q) => [q.kind, q.param, 'options' in q ? q.options.map((o) => o.value) : [], q.kind === 'labels' ? q.value : []]),
    ]);
    if (keyChanged || shape !== this.formShape) this.renderPhase(view);
    else this.renderResult(view);
    this.formShape = shape;
    this.shownKey = view.key;
    this.renderBasket();
    if (focus && keyChanged) this.phase.querySelector<HTMLElement>('h2')?.focus();
    const after = inlineText(view.result.flatMap(blockText));
    if (before !== undefined && !keyChanged && after !== before) this.live.textContent = `Ergebnis aktualisiert: ${after.slice(0, 300)}`;
  }

  private renderSteps(view: PhaseView): void {
    const list = h(
      'ol',
      {},
      ...this.phases.map((p) => {
        const a = h(
          'a',
          { href: this.query({ ...this.state, schritt: p.key }), 'aria-current': p.key === view.key ? 'step' : undefined },
          `${p.number}. ${p.title}`,
          p.complete ? h('span', { class: 'visually-hidden' }, ' (beantwortet)') : null,
        );
        a.addEventListener('click', (event) => {
          event.preventDefault();
          this.go(p.key);
        });
        return h('li', {}, a);
      }),
    );
    this.steps.replaceChildren(list);
  }

  private renderPhase(view: PhaseView): void {
    const headingId = this.uid('titel');
    this.phase.setAttribute('aria-labelledby', headingId);
    const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
    const form = h('form', { class: 'assistant__form', novalidate: true }, ...view.questions.map((q) => this.renderQuestion(q)));
    form.addEventListener('submit', (event) => event.preventDefault());
    this.phase.replaceChildren(
      h('h2', { id: headingId, tabindex: '-1' }, `Schritt ${view.number} von 5: ${view.title}`),
      ...renderBlocks(view.intro),
      view.why.length ? h('div', { class: 'assistant__why' }, h('h3', {}, 'Warum das wichtig ist'), ...renderBlocks(view.why, 4)) : '',
      view.sources.length
        ? h(
            'div',
            { class: 'assistant__sources' },
            h('h3', {}, 'Rechtsgrundlage und Quellen'),
            h('ul', {}, ...view.sources.map((s) => h('li', {}, renderLink(s)))),
          )
        : '',
      form,
      h('div', { 'data-result': '' }),
      this.renderNav(view),
    );
    this.renderResult(view);
    if (focusKey) this.phase.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
  }

  private renderResult(view: PhaseView): void {
    const slot = this.phase.querySelector('[data-result]')!;
    const stop = view.stop
      ? h(
          'div',
          { class: 'assistant__stop' },
          h('h3', {}, view.stop.title),
          ...renderBlocks(view.stop.reason, 4),
          view.stop.instead.length ? h('h4', {}, 'Was Sie stattdessen tun können') : '',
          ...renderBlocks(view.stop.instead, 4),
        )
      : '';
    slot.replaceChildren(
      stop,
      view.result.length ? h('div', { class: 'assistant__result' }, h('h3', {}, 'Was daraus folgt'), ...renderBlocks(view.result, 4)) : '',
    );
  }

  private renderNav(view: PhaseView): HTMLElement {
    const index = this.phases.indexOf(view);
    const prev = this.phases[index - 1];
    const next = this.phases[index + 1];
    const nav = h('div', { class: 'assistant__nav' });
    if (prev) nav.append(this.navButton('Zurück', 'secondary', () => this.go(prev.key)));
    if (next) nav.append(this.navButton('Weiter', 'primary', () => this.go(next.key)));
    else
      nav.append(
        h(
          'a',
          { class: 'kern-btn kern-btn--primary', href: `${this.config.vermerk}${this.query({ ...this.state, schritt: undefined })}` },
          h('span', { class: 'kern-label' }, 'Zum Vergabevermerk'),
        ),
      );
    return nav;
  }

  private navButton(text: string, kind: 'primary' | 'secondary', onClick: () => void | Promise<void>): HTMLButtonElement {
    const button = h('button', { type: 'button', class: `kern-btn kern-btn--${kind}` }, h('span', { class: 'kern-label' }, text));
    button.addEventListener('click', () => void onClick());
    return button;
  }

  private hint(q: Question): { id?: string; node: HTMLElement | '' } {
    if (!q.hint) return { node: '' };
    const id = this.uid('hinweis');
    return { id, node: h('span', { class: 'kern-hint', id }, q.hint) };
  }

  private renderQuestion(q: Question): HTMLElement {
    switch (q.kind) {
      case 'number': {
        const id = this.uid(q.param);
        const hint = this.hint(q);
        const input = h('input', {
          class: 'kern-form-input__input',
          type: 'text',
          inputmode: 'numeric',
          id,
          name: q.param,
          autocomplete: 'off',
          'aria-describedby': hint.id,
          'data-focus-key': q.param,
          value: q.value === undefined ? '' : q.value.toLocaleString('de-DE'),
        });
        input.addEventListener('input', () => this.set(q.param, input.value.trim(), 'replace'));
        return h(
          'div',
          { class: 'kern-form-input assistant__question' },
          h('label', { class: 'kern-label', for: id }, `${q.label} (${q.unit}, netto)`),
          hint.node,
          input,
        );
      }
      case 'select': {
        const id = this.uid(q.param);
        const hint = this.hint(q);
        const select = h(
          'select',
          { class: 'kern-form-input__input', id, name: q.param, 'aria-describedby': hint.id, 'data-focus-key': q.param },
          h('option', { value: '' }, 'Bitte wählen'),
          ...q.options.map((o) => h('option', { value: o.value, selected: o.value === q.value }, o.label)),
        );
        select.addEventListener('change', () => this.set(q.param, select.value));
        const wrap = h('div', { class: 'kern-form-input assistant__question' }, h('label', { class: 'kern-label', for: id }, q.label), hint.node, select);
        return q.param === 'gruppe' ? h('div', {}, wrap, this.cpvField()) : wrap;
      }
      case 'choice':
        return this.radios(q.param, q.label, q.hint, q.options, q.value);
      case 'answer':
        return this.radios(
          q.param,
          q.label,
          q.hint,
          (['ja', 'nein', 'offen'] as const).map((value) => ({ value, label: capitalised(answerLabels[value]) })),
          q.value,
        );
      case 'labels':
        return this.labelsField(q);
    }
  }

  private radios(
    param: string,
    label: string,
    hintText: string | undefined,
    options: { value: string; label: string; hint?: string }[],
    value: string | undefined,
  ): HTMLElement {
    const hint = hintText ? this.uid('hinweis') : undefined;
    return h(
      'fieldset',
      { class: 'kern-fieldset assistant__question', 'aria-describedby': hint },
      h('legend', { class: 'kern-label' }, label),
      hint ? h('span', { class: 'kern-hint', id: hint }, hintText) : '',
      h(
        'div',
        { class: 'kern-fieldset__body' },
        ...options.map((o) => {
          const id = this.uid(param);
          const optionHint = o.hint ? this.uid('hinweis') : undefined;
          const input = h('input', {
            class: 'kern-form-check__radio',
            type: 'radio',
            id,
            name: param,
            value: o.value,
            checked: o.value === value,
            'aria-describedby': optionHint,
            'data-focus-key': `${param}=${o.value}`,
          });
          input.addEventListener('change', () => this.set(param, o.value));
          return h(
            'div',
            { class: 'kern-form-check' },
            input,
            h('label', { class: 'kern-label', for: id }, o.label),
            optionHint ? h('span', { class: 'kern-hint', id: optionHint }, o.hint) : '',
          );
        }),
      ),
    );
  }

  private labelsField(q: Extract<Question, { kind: 'labels' }>): HTMLElement {
    const chosen = new Set(q.value);
    const boxes = q.options.map((o) => {
      const id = this.uid('gz');
      const input = h('input', {
        class: 'kern-form-check__checkbox',
        type: 'checkbox',
        id,
        name: 'gz',
        value: o.value,
        checked: chosen.has(o.value),
        'data-focus-key': `gz=${o.value}`,
      });
      input.addEventListener('change', () => {
        const next = input.checked ? [...q.value, o.value] : q.value.filter((v) => v !== o.value);
        this.set('gz', next.join(','));
      });
      const parts: (HTMLElement | string)[] = [input, h('label', { class: 'kern-label', for: id }, o.label)];
      if (o.hint) parts.push(h('span', { class: 'kern-hint' }, o.hint));
      const korb = document.createElement('kriterien-korb');
      Object.assign(korb.dataset, { label: o.value, name: o.label, groups: (this.data.labels[o.value]?.groups ?? []).join(',') });
      return h('div', { class: 'assistant__label-option' }, h('div', { class: 'kern-form-check' }, ...parts), korb);
    });
    const legendHint = q.hint ? this.uid('hinweis') : undefined;
    return h(
      'fieldset',
      { class: 'kern-fieldset assistant__question', 'aria-describedby': legendHint },
      h('legend', { class: 'kern-label' }, q.label),
      legendHint ? h('span', { class: 'kern-hint', id: legendHint }, q.hint) : '',
      q.options.length ? h('div', { class: 'kern-fieldset__body' }, ...boxes) : h('p', {}, 'Wählen Sie zuerst eine Produktgruppe.'),
    );
  }

  /** A CPV code resolves to its product group through the groups' codes; the URL keeps the group. */
  private cpvField(): HTMLElement {
    const id = this.uid('cpv');
    const hintId = this.uid('hinweis');
    const out = h('p', { role: 'status', class: 'assistant__cpv-result' });
    const input = h('input', {
      class: 'kern-form-input__input',
      type: 'text',
      id,
      inputmode: 'numeric',
      autocomplete: 'off',
      'aria-describedby': hintId,
      'data-focus-key': 'cpv',
    });
    const apply = this.navButton('Produktgruppe zum CPV-Code wählen', 'secondary', () => {
      const groups = Object.entries(this.data.groups).map(([slug, g]) => ({ slug, cpv: g.cpv.map((c) => c.code) }));
      const slug = groupForCpv(input.value, groups);
      if (slug) this.set('gruppe', slug);
      else
        out.textContent = /^\s*\d{8}(-\d)?\s*$/.test(input.value)
          ? 'Zu diesem CPV-Code kennen wir keine Produktgruppe. Wählen Sie die Gruppe oben aus der Liste.'
          : 'Bitte geben Sie einen CPV-Code mit acht Ziffern ein, z. B. 18110000-3.';
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        apply.click();
      }
    });
    return h(
      'div',
      { class: 'kern-form-input assistant__question' },
      h('label', { class: 'kern-label', for: id }, 'Oder: CPV-Code'),
      h('span', { class: 'kern-hint', id: hintId }, 'z. B. 18110000-3; der Assistent wählt die passende Produktgruppe.'),
      input,
      apply,
      out,
    );
  }

  private async fromBasket(): Promise<void> {
    const items = this.basket.list();
    const labels = basketLabels(items).filter((slug) => this.known.labels.includes(slug));
    if (!labels.length) {
      this.live.textContent = 'Ihr Kriterienkorb enthält keine Gütezeichen.';
      return;
    }
    let state = this.state;
    if (!state.gruppe) {
      const group = basketGroup(items, this.known.groups);
      if (group) state = setParam(state, 'gruppe', group, this.known);
    }
    state = setParam(state, 'gz', [...new Set([...state.gz, ...labels])].join(','), this.known);
    // The labels' group parts load first; a failure leaves the page's message standing.
    if (!(await this.update(state, 'push'))) return;
    // The basket's button is rebuilt by the update; the step's heading keeps the focus in place.
    this.phase.querySelector<HTMLElement>('h2')?.focus();
    this.live.textContent = `${labels.length} Gütezeichen aus dem Kriterienkorb übernommen.`;
  }

  private renderBasket(): void {
    const items = this.basket.list();
    const remove = (item: BasketItem) => {
      this.basket.remove(item);
      window.dispatchEvent(new Event(BASKET_EVENT));
      this.basketView.querySelector<HTMLElement>('h2')?.focus();
      this.live.textContent = `Aus dem Kriterienkorb entfernt. Im Korb: ${this.basket.list().length}.`;
    };
    const headingId = this.uid('korb');
    this.basketView.setAttribute('aria-labelledby', headingId);
    this.basketView.removeAttribute('aria-label');
    this.basketView.replaceChildren(
      h('h2', { id: headingId, tabindex: '-1' }, `Ihr Kriterienkorb (${items.length})`),
      items.length
        ? h(
            'ul',
            {},
            ...items.map((item) => {
              const what = item.criterion ? `${item.criterion} (${item.name})` : item.name;
              const button = h(
                'button',
                { type: 'button', class: 'kern-btn kern-btn--tertiary' },
                h('span', { class: 'kern-label' }, 'Entfernen'),
                h('span', { class: 'visually-hidden' }, `: ${what}`),
              );
              button.addEventListener('click', () => remove(item));
              return h('li', {}, what, ' ', button);
            }),
          )
        : h('p', {}, 'Der Korb ist leer. Legen Sie Gütezeichen oder einzelne Kriterien auf den Seiten der Gütezeichen und im Gütezeichenfinder hinein.'),
      items.length
        ? h(
            'p',
            {},
            this.navButton('Aus dem Kriterienkorb übernehmen', 'primary', () => this.fromBasket()),
          )
        : '',
    );
  }

  private offerResume(saved: string): void {
    const box = h('div', { class: 'kern-alert kern-alert--info', role: 'region', 'aria-label': 'Letzte Sitzung' });
    const resume = this.navButton('Letzte Sitzung fortsetzen', 'primary', async () => {
      box.remove();
      if (await this.update(this.parse(saved), 'push')) this.phase.querySelector<HTMLElement>('h2')?.focus();
    });
    const fresh = this.navButton('Neu beginnen', 'secondary', () => box.remove());
    box.append(
      h(
        'div',
        { class: 'kern-alert__body' },
        h('p', { class: 'kern-body' }, 'Sie haben den Assistenten auf diesem Gerät schon benutzt.'),
        h('p', { class: 'assistant__nav' }, resume, fresh),
      ),
    );
    this.app.prepend(box);
  }
}

/** The words of blocks, to tell whether a result changed and to announce it. */
function blockText(block: Block): Inline[] {
  switch (block.type) {
    case 'p':
    case 'note':
      return [...block.text, ' '];
    case 'list':
      return block.items.flatMap((i) => [...i, ' ']);
    case 'facts':
      return block.rows.flatMap((r) => [r.term, ': ', ...r.value, ' ']);
    case 'table':
      return block.rows.flatMap((r) => r.flatMap((c) => [...c, ' ']));
    case 'heading':
      return [block.text, ' '];
  }
}

if (!customElements.get('vergabe-assistent')) customElements.define('vergabe-assistent', VergabeAssistent);
