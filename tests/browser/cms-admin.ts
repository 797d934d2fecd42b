import type { Locator, Page } from 'playwright-core';

/**
 * Page object for the Decap CMS at /admin/, addressed the way an editor sees it: collections by
 * their German label, fields by their label. A test for a new content type only names fields.
 */
export class CmsAdmin {
  readonly dialogs: string[] = [];

  constructor(
    readonly page: Page,
    readonly baseURL: string,
    readonly decapPort?: number,
  ) {
    // Decap asks via window.confirm whether to restore an unsaved local backup, and before leaving a dirty form.
    page.on('dialog', (dialog) => {
      this.dialogs.push(dialog.message());
      void dialog.accept();
    });
  }

  url(hash = ''): string {
    const query = this.decapPort ? `?decap-port=${this.decapPort}` : '';
    return `${this.baseURL}/admin/${query}${hash}`;
  }

  /** Opens the CMS and logs in to the local backend (the local CMS server). */
  async login(): Promise<void> {
    await this.page.goto(this.url());
    await this.page.getByRole('button', { name: /^(Login|Anmelden)/ }).click();
    await this.sidebar().waitFor({ timeout: 30_000 });
  }

  sidebar(): Locator {
    return this.page
      .locator('aside, nav')
      .filter({ has: this.page.getByRole('link') })
      .first();
  }

  /** Labels of all collections in the sidebar. */
  async collectionLabels(): Promise<string[]> {
    const links = this.page.locator('a[href^="#/collections/"]');
    await links.first().waitFor();
    return links.evaluateAll((els) => els.filter((a) => /^#\/collections\/[^/]+$/.test(a.getAttribute('href') ?? '')).map((a) => a.textContent?.trim() ?? ''));
  }

  async newEntry(collection: string): Promise<void> {
    await this.page.goto(this.url(`#/collections/${collection}/new`));
    await this.page.getByRole('button', { name: 'Veröffentlichen' }).waitFor();
  }

  /** A field by its label; Decap appends "(optional)" to the labels of optional fields. */
  field(label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByLabel(new RegExp(`^${escaped}(?: \\(optional\\))?$`));
  }

  async fillText(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  /** Date fields are native date inputs; they take YYYY-MM-DD. */
  async fillDate(label: string, isoDate: string): Promise<void> {
    await this.field(label).fill(isoDate);
  }

  /** Date-and-time fields are native datetime-local inputs showing the browser's local time; they take YYYY-MM-DDTHH:mm. */
  async fillDateTime(label: string, localDateTime: string): Promise<void> {
    await this.field(label).fill(localDateTime);
  }

  /** Picks options of a select (single or multiple) by their visible labels. */
  async choose(label: string, optionLabels: string[]): Promise<void> {
    for (const option of optionLabels) {
      await this.field(label).click();
      await this.page.getByRole('option', { name: option, exact: true }).click();
    }
    // A multiple select (e.g. a relation) keeps its menu open after a pick; it would cover the next field.
    if (await this.page.getByRole('listbox').count()) await this.page.keyboard.press('Escape');
  }

  /** Adds an item to a list field (its button says „Eintrag hinzufügen“); its inputs then follow the list's other items. */
  async addListItem(listLabel: string): Promise<void> {
    const escaped = listLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const id = await this.page
      .locator('label')
      .filter({ hasText: new RegExp(`^${escaped}(?: \\(optional\\))?$`) })
      .first()
      .getAttribute('for');
    await this.page.locator(`[id="${id}"]`).getByRole('button', { name: 'Eintrag hinzufügen' }).click();
  }

  /** Types into the Markdown body (rich-text mode). */
  async fillBody(text: string, label = 'Text'): Promise<void> {
    const control = this.page.locator('[data-slate-editor="true"]').first();
    await control.click();
    await this.page.keyboard.type(text);
    void label;
  }

  /** Uploads a picture through the image field's media library and uses it. */
  async uploadImage(filePath: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Bild wählen' }).click();
    await this.page.locator('input[type="file"]').setInputFiles(filePath);
    await this.page.getByRole('button', { name: 'Ausgewählte Datei verwenden' }).click();
  }

  async publish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Veröffentlichen' }).click();
    await this.page
      .getByRole('menuitem', { name: 'Jetzt veröffentlichen' })
      .or(this.page.getByText('Jetzt veröffentlichen', { exact: true }))
      .first()
      .click();
  }

  /** The toast Decap shows after a save, or a refusal. */
  notice(text: RegExp): Locator {
    return this.page.getByText(text).first();
  }

  /** The text of the first notice after saving: "Beitrag gespeichert" or why the CMS refused. */
  async outcome(): Promise<string> {
    const toast = this.page.getByText(/^(Beitrag gespeichert|Beitrag speichern fehlgeschlagen|Nicht gespeichert: Bitte die rot)/).first();
    return ((await toast.textContent({ timeout: 20_000 })) ?? '').trim();
  }

  /** A message shown at a field (Decap lists a field's errors above its label, inside the field's box). */
  fieldError(label: string, message: string | RegExp): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const fieldLabel = this.page
      .locator('label')
      .filter({ hasText: new RegExp(`^${escaped}(?: \\(optional\\))?$`) })
      .first();
    return fieldLabel.locator('xpath=..').locator('li').filter({ hasText: message });
  }

  /** The text of the preview pane (an iframe). */
  async previewText(): Promise<string> {
    return (await this.page.frameLocator('iframe').first().locator('body').textContent()) ?? '';
  }

  /** Validation messages shown next to fields. */
  fieldErrors(): Locator {
    return this.page.locator('ul li').filter({ hasText: /ist erforderlich|entspricht nicht dem Muster/ });
  }
}
