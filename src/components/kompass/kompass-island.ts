import { csvTemplate, parsePurchasesCsv, toCsv, type CsvResult } from '../../lib/kompass/csv';
import { Evaluation, goalProgress, overdueMeasures, share } from '../../lib/kompass/evaluate';
import { exportData, exportFileName, parseExport, planMerge, resolveMerge, type MergePlan } from '../../lib/kompass/exchange';
import { formatEuro, formatGermanDate, formatPercent, parseEuroCents, parseGermanNumber } from '../../lib/kompass/german';
import { emptyData, measureStatuses, newId, type KompassData, type Kind, type Measure, type Purchase } from '../../lib/kompass/model';
import { figureRows } from '../../lib/kompass/report';
import { KompassStore, StaleWriteError, daysSinceExport, storageMessage, type Meta, type Write } from '../../lib/kompass/store';
import { OTHER_PROOF, matcher, type KompassVocab, type Matcher } from '../../lib/kompass/vocab';
import { download, h, table } from '../dom';
import { shareChart } from './share-chart';

const REMINDER_DAYS = 30;
/** Purchases listed on the page; the evaluation always covers all of them. */
const LIST_LIMIT = 20;
/** Suppliers listed per year, by spend. */
const SUPPLIER_LIMIT = 10;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Mein Kompass: reads the vocabularies embedded in its own element, keeps all data in
 * IndexedDB (src/lib/kompass/store.ts) and renders every section from that data. All queries
 * stay inside the element, so nothing depends on ids elsewhere on the page.
 */
class KompassApp extends HTMLElement {
  private store!: KompassStore;
  private match!: Matcher;
  private evaluation!: Evaluation;
  private data: KompassData = emptyData();
  private meta: Meta = { schemaVersion: 1 };
  private pendingCsv: CsvResult | undefined;
  private pendingMerge: MergePlan | undefined;

  private q<T extends Element = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  async connectedCallback(): Promise<void> {
    const vocab = JSON.parse(this.q('[data-kompass-vocab]').textContent ?? '{}') as KompassVocab;
    this.match = matcher(vocab);
    this.evaluation = new Evaluation(this.match);
    this.q('[data-kompass-ui]').hidden = false;
    try {
      this.store = await KompassStore.open();
    } catch (error) {
      // Without storage nothing could be kept: only the explanation stays on screen.
      for (const part of this.querySelectorAll<HTMLElement>('[data-kompass-ui] > nav, [data-kompass-ui] > section')) part.hidden = true;
      this.showError(storageMessage(error));
      return;
    }
    this.store.onChange(() => void this.reload());
    this.bind(vocab);
    await this.reload();
    this.dataset.ready = '';
  }

  private async reload(): Promise<void> {
    this.data = await this.store.loadAll();
    this.meta = await this.store.meta();
    this.evaluation.setEquivalents(this.data.equivalents);
    this.evaluation.reset(this.data.purchases);
    this.render();
  }

  private say(text: string): void {
    this.q('[data-status]').textContent = text;
  }

  private showError(text: string | undefined): void {
    const box = this.q('[data-error]');
    box.hidden = !text;
    this.q('[data-error-text]').textContent = text ?? '';
  }

  /** Runs a storage action; a refused or stale write is shown in words, and stale data is read again. */
  private async guard(action: () => Promise<void>): Promise<boolean> {
    try {
      await action();
      this.showError(undefined);
      return true;
    } catch (error) {
      if (error instanceof StaleWriteError) await this.reload();
      this.showError(storageMessage(error));
      return false;
    }
  }

  private async write(writes: Write[]): Promise<boolean> {
    return this.guard(async () => {
      const started = performance.now();
      const first = this.data.purchases.length + this.data.goals.length + this.data.measures.length === 0;
      const saved = await this.store.saveAll(writes);
      if (first) void this.updatePersistence(true);
      this.meta = await this.store.meta();
      this.applySaved(
        writes.map((w) => w.kind),
        saved,
      );
      this.render();
      performance.measure('kompass-update', { start: started });
    });
  }

  /**
   * Brings the in-memory data and the evaluation up to date with records this tab just saved,
   * one record at a time, instead of reading everything again.
   */
  private applySaved(kindsOf: Kind[], saved: KompassData[Kind][number][]): void {
    const started = performance.now();
    const positions = new Map<Kind, Map<string, number>>();
    const positionOf = (kind: Kind) => {
      let map = positions.get(kind);
      if (!map) positions.set(kind, (map = new Map((this.data[kind] as { id: string }[]).map((r, i) => [r.id, i]))));
      return map;
    };
    saved.forEach((record, i) => {
      const kind = kindsOf[i];
      const list = this.data[kind] as KompassData[Kind][number][];
      const pos = positionOf(kind);
      const at = pos.get(record.id);
      if (kind === 'purchases' && at !== undefined) this.evaluation.remove(list[at] as Purchase);
      if (at === undefined) pos.set(record.id, list.push(record) - 1);
      else list[at] = record;
      if (kind === 'purchases') this.evaluation.add(record as Purchase);
    });
    if (kindsOf.includes('equivalents')) {
      this.evaluation.setEquivalents(this.data.equivalents);
      this.evaluation.reset(this.data.purchases);
    }
    performance.measure('kompass-evaluate', { start: started });
  }

  private async updatePersistence(ask: boolean): Promise<void> {
    const granted = ask ? await KompassStore.requestPersistence() : Boolean(await navigator.storage?.persisted?.());
    this.q('[data-storage-state]').textContent = granted
      ? 'Ihr Browser hat zugesagt, die Daten dauerhaft aufzubewahren.'
      : 'Ihr Browser hat nicht zugesagt, die Daten dauerhaft aufzubewahren: Wird der Speicher knapp, darf er sie löschen. Exportieren Sie deshalb regelmäßig.';
  }

  private bind(vocab: KompassVocab): void {
    this.addEventListener('submit', (event) => {
      const form = event.target as HTMLFormElement;
      event.preventDefault();
      void this.submit(form);
    });
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (!button) return;
      void this.action(button.dataset.action ?? '', button, vocab);
    });
    this.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement | HTMLSelectElement;
      if (target.matches('[data-csv-input]')) void this.readCsv(target as HTMLInputElement);
      else if (target.matches('[data-import-input]')) void this.readImport(target as HTMLInputElement);
      else if (target.matches('[data-merge-input]')) void this.readMerge(target as HTMLInputElement);
      else if (target.matches('[data-measure-status]')) void this.changeStatus(target as HTMLSelectElement);
    });
    void this.updatePersistence(false);
  }

  private async action(action: string, button: HTMLButtonElement, vocab: KompassVocab): Promise<void> {
    switch (action) {
      case 'template': {
        const group = vocab.groups[0]?.name ?? '';
        const label = vocab.labels.find((l) => l.status === 'active')?.name ?? '';
        download('mein-kompass-vorlage.csv', csvTemplate(group, label), 'text/csv;charset=utf-8');
        break;
      }
      case 'export':
        await this.exportAll();
        break;
      case 'print':
        window.print();
        break;
      case 'figures':
        download(`mein-kompass-zahlen-${today()}.csv`, toCsv(figureRows(this.evaluation)), 'text/csv;charset=utf-8');
        break;
      case 'csv-import':
        await this.importCsv();
        break;
      case 'csv-cancel':
        this.closeCsv('Import abgebrochen. Es wurde nichts übernommen.');
        break;
      case 'merge-apply':
        await this.applyMerge();
        break;
      case 'merge-cancel':
        this.closeMerge('Zusammenführen abgebrochen. Es wurde nichts geändert.');
        break;
      case 'ask-delete': {
        this.q('[data-delete-confirm]').hidden = false;
        this.q('[data-delete-question]').focus();
        break;
      }
      case 'cancel-delete':
        this.q('[data-delete-confirm]').hidden = true;
        this.q<HTMLButtonElement>('[data-action="ask-delete"]').focus();
        break;
      case 'delete':
        if (await this.guard(() => this.store.clearAll())) {
          this.q('[data-delete-confirm]').hidden = true;
          await this.reload();
          this.say('Alle Daten von Mein Kompass wurden aus diesem Browser gelöscht.');
          this.q<HTMLButtonElement>('[data-action="ask-delete"]').focus();
        }
        break;
      case 'remove': {
        const kind = button.dataset.kind as Kind;
        const record = (this.data[kind] as { id: string; rev: number }[]).find((r) => r.id === button.dataset.id);
        if (record && (await this.guard(() => this.store.remove(kind, record.id, record.rev)))) {
          (this.data[kind] as { id: string }[]).splice((this.data[kind] as { id: string }[]).indexOf(record), 1);
          if (kind === 'purchases') this.evaluation.remove(record as Purchase);
          if (kind === 'equivalents') {
            this.evaluation.setEquivalents(this.data.equivalents);
            this.evaluation.reset(this.data.purchases);
          }
          this.render();
          this.say('Eintrag gelöscht.');
        }
        break;
      }
    }
  }

  private async exportAll(): Promise<void> {
    const now = new Date();
    download(exportFileName(now), JSON.stringify(exportData(this.data, now), null, 2), 'application/json');
    if (await this.guard(() => this.store.setMeta({ lastExport: now.toISOString() }))) {
      this.meta = await this.store.meta();
      this.renderReminder();
      this.say('Export erstellt. Bewahren Sie die Datei gut auf.');
    }
  }

  // ---- forms ----

  private async submit(form: HTMLFormElement): Promise<void> {
    const values = new FormData(form);
    const get = (name: string) => {
      const value = values.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const problems: { field: string; message: string }[] = [];
    const need = (name: string, label: string) => {
      if (!get(name)) problems.push({ field: name, message: `${label}: Bitte ausfüllen.` });
    };
    let write: Write | undefined;
    const kind = form.dataset.form;
    if (kind === 'purchase') {
      need('date', 'Datum');
      need('group', 'Produktgruppe');
      need('product', 'Produkt');
      const amountCents = parseEuroCents(get('amount'));
      if (get('amount') && amountCents === undefined)
        problems.push({ field: 'amount', message: 'Betrag: Bitte im deutschen Zahlenformat angeben, z. B. 1.234,56.' });
      else need('amount', 'Betrag');
      const quantity = get('quantity') ? parseGermanNumber(get('quantity')) : undefined;
      if (get('quantity') && !quantity) problems.push({ field: 'quantity', message: 'Menge: Bitte eine Zahl größer 0 angeben, z. B. 120 oder 2,5.' });
      if (get('cpv') && !/^\d{8}(-\d)?$/.test(get('cpv'))) problems.push({ field: 'cpv', message: 'CPV-Code: Bitte im Format 18110000-3 angeben.' });
      const purchase: Omit<Purchase, 'rev'> = {
        id: newId(),
        date: get('date'),
        group: get('group'),
        product: get('product'),
        amountCents: amountCents ?? 0,
        proof: get('proof'),
      };
      if (quantity) purchase.quantity = quantity;
      for (const key of ['unit', 'cpv', 'supplier', 'procedure'] as const) if (get(key)) purchase[key] = get(key);
      write = { kind: 'purchases', record: purchase, baseRev: undefined };
    } else if (kind === 'goal') {
      need('group', 'Produktgruppe');
      const year = Number(get('year'));
      if (!Number.isInteger(year) || year < 2000 || year > 2100) problems.push({ field: 'year', message: 'Jahr: Bitte ein Jahr wie 2028 angeben.' });
      const target = parseGermanNumber(get('target'));
      if (target === undefined || target > 100) problems.push({ field: 'target', message: 'Zielanteil: Bitte eine Zahl von 0 bis 100 angeben.' });
      write = {
        kind: 'goals',
        record: { id: newId(), group: get('group'), year, target: target ?? 0, basis: get('basis') === 'quantity' ? 'quantity' : 'spend' },
        baseRev: undefined,
      };
    } else if (kind === 'measure') {
      need('title', 'Maßnahme');
      need('role', 'Verantwortlich');
      need('due', 'Fällig am');
      const measure: Omit<Measure, 'rev'> = {
        id: newId(),
        title: get('title'),
        role: get('role'),
        due: get('due'),
        status: measureStatuses.find((s) => s === get('status')) ?? 'offen',
      };
      if (get('goalId')) measure.goalId = get('goalId');
      const decision = [get('decisionDate'), get('decisionTitle'), get('decisionUrl')];
      if (decision.some(Boolean)) {
        if (!decision[0]) problems.push({ field: 'decisionDate', message: 'Datum des Beschlusses: Bitte ausfüllen, wenn Sie einen Beschluss angeben.' });
        if (!decision[1]) problems.push({ field: 'decisionTitle', message: 'Titel des Beschlusses: Bitte ausfüllen, wenn Sie einen Beschluss angeben.' });
        if (decision[2] && !/^https?:\/\/\S+$/.test(decision[2]))
          problems.push({ field: 'decisionUrl', message: 'Link: Bitte eine Adresse angeben, die mit https:// beginnt.' });
        measure.decision = { date: decision[0], title: decision[1], ...(decision[2] ? { url: decision[2] } : {}) };
      }
      write = { kind: 'measures', record: measure, baseRev: undefined };
    } else if (kind === 'equivalent') {
      need('name', 'Name des Nachweises');
      write = { kind: 'equivalents', record: { id: newId(), name: get('name'), ...(get('note') ? { note: get('note') } : {}) }, baseRev: undefined };
    }
    const list = form.querySelector<HTMLElement>('[data-form-problems]')!;
    for (const field of form.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
    if (problems.length > 0 || !write) {
      list.replaceChildren(...problems.map((p) => h('li', {}, p.message)));
      list.hidden = false;
      for (const p of problems) form.querySelector(`[name="${p.field}"]`)?.setAttribute('aria-invalid', 'true');
      form.querySelector<HTMLElement>(`[name="${problems[0]?.field}"]`)?.focus();
      this.say(`Nicht gespeichert: ${problems.length === 1 ? 'ein Feld' : `${problems.length} Felder`} bitte prüfen.`);
      return;
    }
    list.hidden = true;
    if (await this.write([write])) {
      form.reset();
      this.say(`Gespeichert. ${this.summaryLine()}`);
      form.querySelector<HTMLElement>('input, select')?.focus();
    }
  }

  private summaryLine(): string {
    const trend = this.evaluation.trend();
    const last = trend[trend.length - 1];
    return last ? `${this.data.purchases.length} Einkäufe erfasst; ${last.year}: ${formatPercent(share(last.sums))} der Ausgaben mit Nachweis.` : '';
  }

  private async changeStatus(select: HTMLSelectElement): Promise<void> {
    const measure = this.data.measures.find((m) => m.id === select.dataset.id);
    const status = measureStatuses.find((s) => s === select.value);
    if (!measure || !status) return;
    const { rev, ...rest } = measure;
    if (await this.write([{ kind: 'measures', record: { ...rest, status }, baseRev: rev }])) this.say(`Stand von „${measure.title}“: ${status}.`);
  }

  // ---- CSV ----

  private async readCsv(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    const result = parsePurchasesCsv(
      await file.text(),
      this.match,
      this.data.equivalents.map((e) => e.name),
    );
    this.pendingCsv = result;
    const box = this.q('[data-csv-preview]');
    const parts: (Node | string)[] = [h('h4', {}, `Vorschau: ${file.name}`)];
    if (result.fileErrors.length > 0) {
      parts.push(h('ul', { class: 'kompass__problems' }, ...result.fileErrors.map((e) => h('li', {}, e))));
      parts.push(
        h('button', { type: 'button', class: 'kern-btn kern-btn--secondary', 'data-action': 'csv-cancel' }, h('span', { class: 'kern-label' }, 'Schließen')),
      );
    } else {
      const bad = new Set(result.problems.map((p) => p.row)).size;
      parts.push(h('p', {}, `${result.rows.length} Zeilen sind in Ordnung, ${bad} Zeilen haben Fehler.`));
      if (result.problems.length > 0) {
        parts.push(
          table(
            'Fehlerhafte Zeilen (werden nicht übernommen)',
            ['Zeile', 'Spalte', 'Problem'],
            result.problems.map((p) => [p.row, p.column, p.message]),
            [0],
          ),
        );
      }
      if (result.rows.length > 0) {
        const shown = result.rows.slice(0, 10);
        parts.push(
          table(
            result.rows.length > shown.length ? `Die ersten ${shown.length} von ${result.rows.length} guten Zeilen` : 'Gute Zeilen',
            ['Zeile', 'Datum', 'Produktgruppe', 'Produkt', 'Betrag', 'Nachweis'],
            shown.map(({ row, purchase: p }) => [
              row,
              formatGermanDate(p.date),
              this.match.groupName(p.group),
              p.product,
              formatEuro(p.amountCents),
              this.proofName(p.proof),
            ]),
            [0, 4],
          ),
        );
        parts.push(
          h(
            'button',
            { type: 'button', class: 'kern-btn kern-btn--primary', 'data-action': 'csv-import' },
            h('span', { class: 'kern-label' }, bad > 0 ? `Nur die ${result.rows.length} guten Zeilen importieren` : `${result.rows.length} Zeilen importieren`),
          ),
        );
      }
      parts.push(
        ' ',
        h(
          'button',
          { type: 'button', class: 'kern-btn kern-btn--secondary', 'data-action': 'csv-cancel' },
          h('span', { class: 'kern-label' }, 'Nichts importieren'),
        ),
      );
    }
    box.replaceChildren(...parts);
    box.hidden = false;
    box.focus();
  }

  private async importCsv(): Promise<void> {
    const rows = this.pendingCsv?.rows ?? [];
    const writes: Write[] = rows.map(({ purchase }) => ({ kind: 'purchases', record: { id: newId(), ...purchase }, baseRev: undefined }));
    if (await this.write(writes)) this.closeCsv(`${writes.length} Einkäufe importiert. ${this.summaryLine()}`);
  }

  private closeCsv(message: string): void {
    this.pendingCsv = undefined;
    const box = this.q('[data-csv-preview]');
    box.hidden = true;
    box.replaceChildren();
    const input = this.q<HTMLInputElement>('[data-csv-input]');
    input.value = '';
    this.say(message);
    input.focus();
  }

  // ---- import and merge ----

  private async readFileData(input: HTMLInputElement): Promise<KompassData | undefined> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return undefined;
    const result = parseExport(await file.text());
    if (!result.ok) {
      this.showError(`Die Datei „${file.name}“ wurde nicht übernommen, nichts wurde geändert. Probleme: ${result.problems.join('; ')}`);
      return undefined;
    }
    return result.data;
  }

  private async readImport(input: HTMLInputElement): Promise<void> {
    const data = await this.readFileData(input);
    if (data && (await this.guard(() => this.store.replaceAll(data)))) {
      await this.reload();
      this.say(
        `Import abgeschlossen: ${data.purchases.length} Einkäufe, ${data.goals.length} Ziele, ${data.measures.length} Maßnahmen, ${data.equivalents.length} gleichwertige Nachweise.`,
      );
    }
  }

  private async readMerge(input: HTMLInputElement): Promise<void> {
    const theirs = await this.readFileData(input);
    if (!theirs) return;
    const plan = planMerge(this.data, theirs);
    this.pendingMerge = plan;
    const box = this.q('[data-merge-plan]');
    const parts: (Node | string)[] = [
      h('h4', {}, 'Zusammenführen'),
      h(
        'p',
        {},
        `${plan.added.length} neue Einträge werden hinzugefügt, ${plan.unchanged} sind auf beiden Seiten gleich, ${plan.conflicts.length} wurden unterschiedlich geändert.`,
      ),
    ];
    plan.conflicts.forEach((c, i) => {
      const name = `k-merge-${i}`;
      parts.push(
        h(
          'fieldset',
          { class: 'kern-fieldset' },
          h('legend', { class: 'kern-label' }, `${c.kindName}: ${this.describe(c.kind, c.mine)}`),
          h(
            'div',
            { class: 'kern-fieldset__body' },
            h(
              'div',
              { class: 'kern-form-check' },
              h('input', { class: 'kern-form-check__radio', type: 'radio', id: `${name}-m`, name, value: 'mine', checked: true }),
              h('label', { class: 'kern-label', for: `${name}-m` }, `Meine Fassung behalten: ${this.describe(c.kind, c.mine)}`),
            ),
            h(
              'div',
              { class: 'kern-form-check' },
              h('input', { class: 'kern-form-check__radio', type: 'radio', id: `${name}-t`, name, value: 'theirs' }),
              h('label', { class: 'kern-label', for: `${name}-t` }, `Fassung aus der Datei übernehmen: ${this.describe(c.kind, c.theirs)}`),
            ),
          ),
        ),
      );
    });
    parts.push(
      h('button', { type: 'button', class: 'kern-btn kern-btn--primary', 'data-action': 'merge-apply' }, h('span', { class: 'kern-label' }, 'Zusammenführen')),
      ' ',
      h('button', { type: 'button', class: 'kern-btn kern-btn--secondary', 'data-action': 'merge-cancel' }, h('span', { class: 'kern-label' }, 'Abbrechen')),
    );
    box.replaceChildren(...parts);
    box.hidden = false;
    box.focus();
  }

  private async applyMerge(): Promise<void> {
    const plan = this.pendingMerge;
    if (!plan) return;
    const choices = plan.conflicts.map((_, i) => this.querySelector<HTMLInputElement>(`input[name="k-merge-${i}"][value="theirs"]`)?.checked ?? false);
    const writes = resolveMerge(plan, choices).map(({ kind, record, baseRev }) => {
      const { rev: _rev, ...rest } = record;
      return { kind, record: rest, baseRev } as Write;
    });
    if (await this.write(writes)) this.closeMerge(`Zusammengeführt: ${writes.length} Einträge übernommen.`);
  }

  private closeMerge(message: string): void {
    this.pendingMerge = undefined;
    const box = this.q('[data-merge-plan]');
    box.hidden = true;
    box.replaceChildren();
    this.say(message);
    this.q<HTMLInputElement>('[data-merge-input]').focus();
  }

  private describe(kind: Kind, record: KompassData[Kind][number]): string {
    if (kind === 'purchases') {
      const p = record as Purchase;
      return `${formatGermanDate(p.date)}, ${p.product}, ${formatEuro(p.amountCents)}, ${this.proofName(p.proof)}`;
    }
    if (kind === 'goals') {
      const g = record as KompassData['goals'][number];
      return `${this.match.groupName(g.group)} ${g.year}: ${g.target} %`;
    }
    if (kind === 'measures') {
      const m = record as Measure;
      return `${m.title} (${m.role}, fällig ${formatGermanDate(m.due)}, ${m.status})`;
    }
    return (record as KompassData['equivalents'][number]).name;
  }

  private proofName(proof: string): string {
    const kind = this.evaluation.proofKind(proof);
    if (kind === 'none') return 'kein Nachweis';
    if (kind === 'label') return this.match.labelName(proof);
    if (kind === 'inactive') return `${this.match.labelName(proof)} (nicht mehr aktiv)`;
    if (kind === 'unknown-label') return `${proof} (nicht mehr im Datenbestand)`;
    if (kind === 'equivalent') return `${proof} (gleichwertig)`;
    return proof === OTHER_PROOF ? OTHER_PROOF : `${proof} (nicht als gleichwertig eingetragen)`;
  }

  // ---- rendering ----

  private render(): void {
    const started = performance.now();
    this.renderPurchases();
    this.renderEvaluation();
    this.renderPlan();
    this.renderReport();
    this.renderReminder();
    this.renderSelects();
    performance.measure('kompass-render', { start: started });
  }

  private removeButton(kind: Kind, id: string, what: string): HTMLElement {
    return h(
      'button',
      { type: 'button', class: 'kern-btn kern-btn--tertiary', 'data-action': 'remove', 'data-kind': kind, 'data-id': id },
      h('span', { class: 'kern-label' }, 'Löschen', h('span', { class: 'visually-hidden' }, `: ${what}`)),
    );
  }

  private renderPurchases(): void {
    const box = this.q('[data-purchases]');
    const all = this.data.purchases;
    if (all.length === 0) {
      box.replaceChildren(h('p', {}, 'Noch keine Einkäufe erfasst.'));
      return;
    }
    const latest = [...all].sort((a, b) => b.date.localeCompare(a.date)).slice(0, LIST_LIMIT);
    const flagged = all.filter((p) => this.evaluation.proofKind(p.proof) === 'unknown-label').length;
    box.replaceChildren(
      ...(flagged > 0
        ? [
            h(
              'p',
              { class: 'kompass__flag' },
              `${flagged} Einkäufe nennen ein Gütezeichen, das nicht mehr im Datenbestand der Website steht. Sie bleiben erhalten, zählen aber nicht als „mit Nachweis“.`,
            ),
          ]
        : []),
      table(
        all.length > latest.length ? `Die neuesten ${latest.length} von ${all.length} Einkäufen` : `${all.length} Einkäufe`,
        ['Datum', 'Produktgruppe', 'Produkt', 'Betrag', 'Nachweis', 'Lieferant', 'Aktion'],
        latest.map((p) => [
          formatGermanDate(p.date),
          this.match.groupName(p.group),
          p.product,
          formatEuro(p.amountCents),
          this.proofName(p.proof),
          p.supplier ?? '',
          this.removeButton('purchases', p.id, p.product),
        ]),
        [3],
      ),
    );
  }

  private groupTable(): HTMLElement {
    return table(
      'Ausgaben je Jahr und Produktgruppe',
      ['Jahr', 'Produktgruppe', 'Ausgaben netto', 'davon mit Nachweis', 'Anteil mit Nachweis', 'Einkäufe'],
      this.evaluation
        .byGroup()
        .map((r) => [r.year, r.name, formatEuro(r.sums.total), formatEuro(r.sums.withProof), formatPercent(share(r.sums)), r.sums.count]),
      [2, 3, 4, 5],
    );
  }

  private trendChart(): HTMLElement {
    return shareChart(
      'Anteil der Ausgaben mit Nachweis je Jahr',
      this.evaluation.trend().map((t) => ({ label: t.year, value: share(t.sums) })),
    );
  }

  private renderEvaluation(): void {
    const box = this.q('[data-evaluation]');
    if (this.data.purchases.length === 0) {
      box.replaceChildren(h('p', {}, 'Sobald Einkäufe erfasst sind, stehen hier die Zahlen.'));
      return;
    }
    const trend = this.evaluation.trend();
    box.replaceChildren(
      h('h3', {}, 'Entwicklung über die Jahre'),
      this.trendChart(),
      table(
        'Alle Produktgruppen je Jahr',
        ['Jahr', 'Ausgaben netto', 'davon mit Nachweis', 'Anteil mit Nachweis'],
        trend.map((t) => [t.year, formatEuro(t.sums.total), formatEuro(t.sums.withProof), formatPercent(share(t.sums))]),
        [1, 2, 3],
      ),
      h('h3', {}, 'Nach Produktgruppe'),
      this.groupTable(),
      h('h3', {}, 'Nach Gütezeichen'),
      table(
        'Ausgaben je Jahr und Gütezeichen',
        ['Jahr', 'Gütezeichen', 'Ausgaben netto', 'Zählt als Nachweis', 'Einkäufe'],
        this.evaluation.byLabel().map((r) => [r.year, r.name, formatEuro(r.sums.total), r.sums.withProof > 0 ? 'ja' : 'nein (nicht aktiv)', r.sums.count]),
        [2, 4],
      ),
      h('h3', {}, 'Nach Lieferant'),
      ...this.supplierTables(),
    );
  }

  /** The biggest suppliers of each year: a table of hundreds would neither read well nor render fast. */
  private supplierTables(): (HTMLElement | string)[] {
    const byYear = new Map<string, ReturnType<Evaluation['bySupplier']>>();
    for (const row of this.evaluation.bySupplier()) byYear.set(row.year, [...(byYear.get(row.year) ?? []), row]);
    const rows: (string | number)[][] = [];
    const notes: string[] = [];
    for (const [year, list] of byYear) {
      const top = list.sort((a, b) => b.sums.total - a.sums.total).slice(0, SUPPLIER_LIMIT);
      rows.push(...top.map((r) => [year, r.supplier, formatEuro(r.sums.total), formatEuro(r.sums.withProof), formatPercent(share(r.sums))]));
      if (list.length > top.length) notes.push(`${year}: ${list.length - top.length} weitere`);
    }
    return [
      table(
        `Die ${SUPPLIER_LIMIT} größten Lieferanten je Jahr`,
        ['Jahr', 'Lieferant', 'Ausgaben netto', 'davon mit Nachweis', 'Anteil mit Nachweis'],
        rows,
        [2, 3, 4],
      ),
      notes.length > 0 ? h('p', {}, `Nicht aufgeführt, weil kleiner: ${notes.join('; ')} Lieferanten.`) : '',
    ];
  }

  private goalsTable(): HTMLElement {
    return table(
      'Ziele und Stand',
      ['Ziel', 'Jahr', 'Zielanteil', 'Erreicht', 'Bewertung', 'Aktion'],
      goalProgress(this.data.goals, this.evaluation)
        .sort((a, b) => a.goal.year - b.goal.year)
        .map(({ goal, reached, met }) => [
          `${this.match.groupName(goal.group)} (${goal.basis === 'spend' ? 'Anteil der Ausgaben' : 'Anteil der Menge'})`,
          goal.year,
          `${goal.target} %`,
          formatPercent(reached),
          reached === undefined ? 'noch keine Daten' : met ? 'erreicht' : 'noch nicht erreicht',
          this.removeButton('goals', goal.id, `Ziel ${this.match.groupName(goal.group)} ${goal.year}`),
        ]),
    );
  }

  private measuresTable(withControls: boolean): HTMLElement {
    const overdue = new Set(overdueMeasures(this.data.measures, today()).map((m) => m.id));
    const measures = [...this.data.measures].sort((a, b) => a.due.localeCompare(b.due));
    return table(
      'Maßnahmen',
      ['Maßnahme', 'Verantwortlich', 'Fällig am', 'Stand', 'Ratsbeschluss', ...(withControls ? ['Aktion'] : [])],
      measures.map((m) => [
        m.title,
        m.role,
        overdue.has(m.id) ? h('strong', {}, `${formatGermanDate(m.due)} (überfällig)`) : formatGermanDate(m.due),
        withControls ? this.statusSelect(m) : m.status,
        m.decision
          ? m.decision.url
            ? h('a', { href: m.decision.url }, `${m.decision.title} (${formatGermanDate(m.decision.date)})`)
            : `${m.decision.title} (${formatGermanDate(m.decision.date)})`
          : '–',
        ...(withControls ? [this.removeButton('measures', m.id, m.title)] : []),
      ]),
    );
  }

  private statusSelect(m: Measure): HTMLElement {
    const id = `k-status-${m.id}`;
    return h(
      'span',
      {},
      h('label', { for: id, class: 'visually-hidden' }, `Stand von ${m.title}`),
      h(
        'select',
        { id, class: 'kern-form-input__input', 'data-measure-status': true, 'data-id': m.id },
        ...measureStatuses.map((s) => h('option', { value: s, selected: s === m.status }, s)),
      ),
    );
  }

  private renderPlan(): void {
    const box = this.q('[data-plan-overview]');
    const overdue = overdueMeasures(this.data.measures, today());
    box.replaceChildren(
      h('h3', {}, 'Überblick'),
      this.data.goals.length > 0 ? this.goalsTable() : h('p', {}, 'Noch keine Ziele angelegt.'),
      overdue.length > 0
        ? h(
            'p',
            { class: 'kompass__flag' },
            `${overdue.length === 1 ? 'Eine Maßnahme ist' : `${overdue.length} Maßnahmen sind`} überfällig: ${overdue.map((m) => m.title).join(', ')}.`,
          )
        : '',
      this.data.measures.length > 0 ? this.measuresTable(true) : h('p', {}, 'Noch keine Maßnahmen angelegt.'),
    );
    const eq = this.q('[data-equivalents]');
    eq.replaceChildren(
      this.data.equivalents.length > 0
        ? table(
            'Ihre gleichwertigen Nachweise',
            ['Nachweis', 'Begründung', 'Aktion'],
            this.data.equivalents.map((e) => [e.name, e.note ?? '', this.removeButton('equivalents', e.id, e.name)]),
          )
        : h('p', {}, 'Noch keine gleichwertigen Nachweise eingetragen.'),
    );
  }

  private renderReport(): void {
    const box = this.q('[data-report-body]');
    const latest = this.data.purchases.reduce((max, p) => (p.date > max ? p.date : max), '');
    box.replaceChildren(
      h(
        'p',
        {},
        `Stand der Daten: ${latest ? `letzter erfasster Einkauf vom ${formatGermanDate(latest)}` : 'noch keine Einkäufe'}; erstellt am ${formatGermanDate(today())} mit Mein Kompass.`,
      ),
      h('h3', {}, 'Ziele und Fortschritt'),
      this.data.goals.length > 0 ? this.goalsTableForReport() : h('p', {}, 'Keine Ziele angelegt.'),
      h('h3', {}, 'Zahlen je Produktgruppe und Jahr'),
      this.data.purchases.length > 0 ? this.groupTable() : h('p', {}, 'Keine Einkäufe erfasst.'),
      ...(this.data.purchases.length > 0 ? [this.trendChart()] : []),
      h('h3', {}, 'Maßnahmen'),
      this.data.measures.length > 0 ? this.measuresTable(false) : h('p', {}, 'Keine Maßnahmen angelegt.'),
    );
  }

  private goalsTableForReport(): HTMLElement {
    const progress = goalProgress(this.data.goals, this.evaluation).sort((a, b) => a.goal.year - b.goal.year);
    return h(
      'div',
      {},
      shareChart(
        'Ziele: erreichter Anteil und Zielanteil',
        progress.map(({ goal, reached }) => ({ label: `${this.match.groupName(goal.group)} ${goal.year}`, value: reached, target: goal.target })),
      ),
      table(
        'Ziele und Stand',
        ['Ziel', 'Jahr', 'Zielanteil', 'Erreicht'],
        progress.map(({ goal, reached }) => [
          `${this.match.groupName(goal.group)} (${goal.basis === 'spend' ? 'Ausgaben' : 'Menge'})`,
          goal.year,
          `${goal.target} %`,
          formatPercent(reached),
        ]),
      ),
    );
  }

  private renderReminder(): void {
    const days = daysSinceExport(this.meta, new Date());
    const due = days !== undefined && days >= REMINDER_DAYS && this.data.purchases.length + this.data.goals.length + this.data.measures.length > 0;
    this.q('[data-reminder]').hidden = !due;
    if (due) {
      this.q('[data-reminder-text]').textContent = this.meta.lastExport
        ? `Ihr letzter Export ist ${days} Tage her. Sichern Sie Ihre Daten mit einem neuen Export.`
        : `Sie haben Ihre Daten seit ${days} Tagen nicht exportiert. Sichern Sie sie mit einem Export.`;
    }
  }

  private renderSelects(): void {
    this.q('[data-equivalent-options]').replaceChildren(...this.data.equivalents.map((e) => h('option', { value: e.name }, e.name)));
    const goalSelect = this.q<HTMLSelectElement>('[data-goal-select]');
    goalSelect.replaceChildren(
      h('option', { value: '' }, 'keinem Ziel'),
      ...this.data.goals.map((g) => h('option', { value: g.id }, `${this.match.groupName(g.group)} ${g.year}: ${g.target} %`)),
    );
  }
}

if (!customElements.get('kompass-app')) customElements.define('kompass-app', KompassApp);
