/**
 * `<copy-text>`: buttons that copy a text to the clipboard. Each `button[data-copy]` (hidden
 * until this runs, since without JavaScript there is nothing to click) copies the
 * `[data-copy-source]` in its own parent element; `[data-copy-status]` says what happened. Where
 * the browser refuses the clipboard, the text is selected for Ctrl+C instead.
 */
class CopyText extends HTMLElement {
  private started = false;

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    const status = this.querySelector('[data-copy-status]');
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      const source = button.parentElement?.querySelector('[data-copy-source]');
      if (!source || !status) continue;
      button.hidden = false;
      const copy = async () => {
        try {
          await navigator.clipboard.writeText(source.textContent?.trim() ?? '');
          status.textContent = 'Der Textbaustein wurde in die Zwischenablage kopiert.';
        } catch {
          getSelection()?.selectAllChildren(source);
          status.textContent = 'Kopieren war nicht möglich. Der Text ist markiert: Kopieren Sie ihn mit Strg+C.';
        }
      };
      button.addEventListener('click', () => void copy());
    }
  }
}

if (!customElements.get('copy-text')) customElements.define('copy-text', CopyText);
