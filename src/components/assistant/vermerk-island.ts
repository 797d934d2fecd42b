import type { AssistantData } from '../../lib/assistant/data';
import { parseState, type AssistantState } from '../../lib/assistant/state';
import { buildVermerk, vermerkToDocx, vermerkToText } from '../../lib/assistant/vermerk';
import { download, h } from '../dom';
import { AssistantDataLoader } from './data-loader';
import { renderBlocks } from './render';

const FILE = 'vergabevermerk';

/**
 * `<vergabe-vermerk>`: the Vergabevermerk for the state in the URL, rendered with the assistant's
 * block renderer, with downloads. It loads the common data and the chosen group's part (and a
 * part for a chosen label outside that group). vermerkToDocx loads the document library only
 * when called.
 */
class VergabeVermerk extends HTMLElement {
  async connectedCallback(): Promise<void> {
    if (this.dataset.ready !== undefined) return;
    const config = JSON.parse(this.querySelector('script[data-vermerk-config]')!.textContent) as { data: string; assistant: string };
    let data: AssistantData;
    let state: AssistantState;
    try {
      const loader = await AssistantDataLoader.open(config.data);
      state = parseState(new URLSearchParams(location.search), loader.common.known);
      const slugs = loader.needs(state);
      await loader.load(slugs);
      data = loader.data(slugs);
    } catch {
      this.querySelector('[data-load-error]')?.removeAttribute('hidden');
      return;
    }
    const doc = buildVermerk(state, data);
    // Files leave the site: their site links need the origin.
    const files = { origin: location.origin };
    const status = h('p', { class: 'visually-hidden', role: 'status' });
    const button = (text: string, onClick: () => Promise<void> | void) => {
      const b = h('button', { type: 'button', class: 'kern-btn kern-btn--secondary' }, h('span', { class: 'kern-label' }, text));
      const run = async () => {
        b.disabled = true;
        try {
          await onClick();
        } catch {
          status.textContent = 'Die Datei konnte nicht erstellt werden. Bitte versuchen Sie es noch einmal.';
        } finally {
          b.disabled = false;
        }
      };
      b.addEventListener('click', () => void run());
      return b;
    };
    const actions = h(
      'div',
      { class: 'vermerk__actions' },
      button('Als Word-Datei (DOCX)', async () => {
        status.textContent = 'Die Word-Datei wird erstellt …';
        // Blob takes bytes on a plain ArrayBuffer; the copy makes that explicit.
        download(`${FILE}.docx`, new Uint8Array(await vermerkToDocx(doc, files)), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
        status.textContent = 'Die Word-Datei ist heruntergeladen.';
      }),
      button('Als Textdatei', () => {
        download(`${FILE}.txt`, vermerkToText(doc, files), 'text/plain;charset=utf-8');
        status.textContent = 'Die Textdatei ist heruntergeladen.';
      }),
      button('Drucken', () => window.print()),
      h(
        'a',
        { class: 'kern-btn kern-btn--tertiary', href: `${config.assistant}${location.search}` },
        h('span', { class: 'kern-label' }, 'Zurück zum Assistenten'),
      ),
    );
    const article = h(
      'article',
      { class: 'vermerk__doc' },
      h('p', { class: 'lead' }, doc.subtitle),
      h('div', { class: 'kern-alert kern-alert--info', role: 'note' }, h('div', { class: 'kern-alert__body' }, h('p', { class: 'kern-body' }, doc.disclaimer))),
      ...doc.sections.map((section) => h('section', { class: 'section' }, h('h2', {}, section.heading), ...renderBlocks(section.blocks))),
      h('p', {}, `Stand der Daten: ${doc.dataDate}`),
    );
    this.querySelector('[data-static]')?.setAttribute('hidden', '');
    const title = this.querySelector('h1');
    if (title) title.textContent = doc.title;
    this.append(actions, status, article);
    this.dataset.ready = '';
  }
}

if (!customElements.get('vergabe-vermerk')) customElements.define('vergabe-vermerk', VergabeVermerk);
