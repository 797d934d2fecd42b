import { formatDate, formatEuro } from '../format';
import { cite } from '../law/cite';
import type { AssistantData } from './data';
import { DISCLAIMER, inlineText, link, note, p, type Block, type Inline } from './doc';
import { legalFrame } from './frame';
import {
  answerLabels,
  authorityLabels,
  buildPhases,
  chosenLabelBlocks,
  frameBlocks,
  kindLabels,
  landBlocks,
  marketKeys,
  marketQuestions,
  wordingBlocks,
} from './phases';
import type { AssistantState } from './state';

/**
 * The Vergabevermerk: what the assistant's answers add up to, as one document for the procurement
 * file. It is built from the same blocks as the steps on the page (phases.ts), so page, print,
 * text and DOCX say the same; only the arrangement differs.
 */

export interface VermerkDoc {
  title: string;
  subtitle: string;
  disclaimer: string;
  dataDate: string;
  sections: { heading: string; blocks: Block[] }[];
}

const OPEN = 'nicht angegeben';

function answersSection(state: AssistantState, data: AssistantData): Block[] {
  const group = state.gruppe ? data.groups[state.gruppe] : undefined;
  const labels = state.gz.map((slug) => data.labels[slug]).filter((l) => l !== undefined);
  return [
    {
      type: 'facts',
      rows: [
        { term: 'Geschätzter Auftragswert (netto)', value: [state.wert !== undefined ? formatEuro(state.wert) : OPEN] },
        { term: 'Art des Auftrags', value: [state.art ? kindLabels[state.art] : OPEN] },
        { term: 'Auftraggeber', value: [state.traeger ? authorityLabels[state.traeger] : `${OPEN} (gerechnet als Kommune)`] },
        { term: 'Land', value: [state.land && data.states[state.land] ? data.states[state.land].name : OPEN] },
        {
          term: 'Produktgruppe',
          value: group
            ? [
                link(group.name, group.href),
                ...(group.cpv.length ? [` (CPV-Codes zum Beispiel: ${group.cpv.map((c) => `${c.code} ${c.label}`).join(', ')})`] : []),
              ]
            : [OPEN],
        },
        { term: 'Gewählte Gütezeichen', value: labels.length ? labels.flatMap((l, i) => [...(i ? [', '] : []), link(l.name, l.href)]) : ['keine'] },
      ],
    },
  ];
}

function legalSection(state: AssistantState, data: AssistantData): Block[] {
  const frame = legalFrame(state, data.thresholds);
  if (!frame) return [p('Auftragswert oder Art des Auftrags fehlen; die Rechtsgrundlage ist deshalb noch nicht bestimmt.')];
  const blocks = frameBlocks(frame, state, data);
  const used = [data.norms[frame.labelNorm], ...(frame.lccNorm ? [data.norms[frame.lccNorm]] : [])];
  blocks.push({ type: 'heading', text: 'Zitierte Vorschriften' });
  blocks.push({ type: 'list', items: used.map((n) => [link(n.citation, n.url), `: ${n.title} (geprüft am ${formatDate(n.lastChecked)})`]) });
  return blocks;
}

function labelsSection(state: AssistantState, data: AssistantData): Block[] {
  const chosen = state.gz.map((slug) => data.labels[slug]).filter((l) => l !== undefined);
  if (!chosen.length) return [p('Es ist kein Gütezeichen gewählt.')];
  return chosen.flatMap((l) => [
    ...chosenLabelBlocks(l, state, data),
    { type: 'p', text: ['Quellen zum Gütezeichen (geprüft am ', formatDate(l.lastChecked), '): '] },
    { type: 'list', items: l.sources.map((url) => [link(url, url)]) },
  ]);
}

function equivalenceSection(state: AssistantState, data: AssistantData): Block[] {
  const frame = legalFrame(state, data.thresholds);
  const { norms } = data;
  if (frame?.kind === 'works') {
    const n = frame.regime === 'above' ? norms.vobEu7a : norms.vob7a;
    return [
      p(
        'Jede Anforderung, die ein Gütezeichen nennt, steht mit dem Zusatz „oder gleichwertig“; gleichwertige Gütezeichen und andere geeignete Belege werden anerkannt (',
        link(cite(n), n.url),
        ').',
      ),
    ];
  }
  if (frame?.regime === 'below') {
    return [
      p(
        'Jede Anforderung, die ein Gütezeichen nennt, steht mit dem Zusatz „oder gleichwertig“; gleichwertige Gütezeichen und andere geeignete Belege werden anerkannt (',
        link(cite(norms.uvgo24), norms.uvgo24.url),
        ').',
      ),
    ];
  }
  return [
    p(
      'Jede Anforderung, die ein Gütezeichen nennt, steht mit dem Zusatz „oder gleichwertig“: Gleichwertige Gütezeichen werden anerkannt (',
      link(cite(norms.vgv34, 'Abs. 4'), norms.vgv34.url),
      '). Konnte ein Unternehmen das Gütezeichen ohne eigenes Verschulden nicht rechtzeitig erlangen, werden andere geeignete Belege anerkannt (',
      link(cite(norms.vgv34, 'Abs. 5'), norms.vgv34.url),
      ').',
    ),
  ];
}

function wordingSection(state: AssistantState, data: AssistantData): Block[] {
  const frame = legalFrame(state, data.thresholds);
  const chosen = state.gz.filter((slug) => data.labels[slug]);
  if (!chosen.length) return [p('Ohne gewähltes Gütezeichen gibt es keine Textbausteine.')];
  return chosen.flatMap((slug) => wordingBlocks(slug, data.labels[slug], state, data, frame));
}

function marketSection(state: AssistantState, data: AssistantData): Block[] {
  const blocks: Block[] = [
    {
      type: 'facts',
      rows: marketKeys.map((k) => ({ term: marketQuestions[k].label, value: [state.markt[k] ? answerLabels[state.markt[k]] : OPEN] })),
    },
  ];
  const phase = buildPhases(state, data)[2];
  if (phase.stop)
    blocks.push(note('warning', [inlineText(phase.stop.reason.flatMap((b) => (b.type === 'p' ? b.text : [])))], phase.stop.title), ...phase.stop.instead);
  const examples = state.gruppe ? data.examples.filter((e) => e.groups.includes(state.gruppe!)) : [];
  if (examples.length) {
    blocks.push({ type: 'heading', text: 'Praxisbeispiele dieser Produktgruppe' });
    blocks.push({ type: 'list', items: examples.map((e) => [link(e.title, e.href), ` (${e.municipality}, ${e.year})`]) });
  }
  return blocks;
}

function costSection(state: AssistantState, data: AssistantData): Block[] {
  const frame = legalFrame(state, data.thresholds);
  const norm = frame?.lccNorm ? data.norms[frame.lccNorm] : undefined;
  const rows: { term: string; value: Inline[] }[] = [{ term: 'Lebenszykluskosten berücksichtigt', value: [state.lzk ? answerLabels[state.lzk] : OPEN] }];
  if (norm) rows.push({ term: 'Vorschrift', value: [link(norm.citation, norm.url), `: ${norm.title}`] });
  rows.push({ term: 'Werkzeug', value: [link(`${data.lccTool.title} (${data.lccTool.publisher})`, data.lccTool.url)] });
  return [{ type: 'facts', rows }];
}

function openSteps(state: AssistantState, data: AssistantData): Block[] {
  const open = buildPhases(state, data).filter((ph) => !ph.complete);
  if (!open.length) return [];
  return [
    note(
      'warning',
      [`Noch nicht vollständig beantwortet: ${open.map((ph) => `Schritt ${ph.number} (${ph.title})`).join(', ')}. Der Vermerk ist insoweit unvollständig.`],
      'Offen',
    ),
  ];
}

/** The Vermerk for the answers so far; unanswered parts are named as open, never filled in. */
export function buildVermerk(state: AssistantState, data: AssistantData): VermerkDoc {
  const group = state.gruppe ? data.groups[state.gruppe]?.name : undefined;
  const land = state.land ? data.states[state.land]?.name : undefined;
  const subtitle =
    [group, state.wert !== undefined ? `geschätzt ${formatEuro(state.wert)} netto` : undefined, land].filter(Boolean).join(' · ') ||
    'Entwurf aus dem Vergabeassistenten';
  const landSection = landBlocks(state, data);
  const sections = [
    { heading: 'Angaben zum Auftrag', blocks: [...openSteps(state, data), ...answersSection(state, data)] },
    { heading: 'Rechtsgrundlage', blocks: legalSection(state, data) },
    ...(landSection.length ? [{ heading: 'Landesrecht', blocks: landSection }] : []),
    { heading: 'Gewählte Gütezeichen und ihre Prüfung', blocks: labelsSection(state, data) },
    { heading: 'Gleichwertigkeit', blocks: equivalenceSection(state, data) },
    { heading: 'Textbausteine nach Stelle im Verfahren', blocks: wordingSection(state, data) },
    { heading: 'Markterkundung', blocks: marketSection(state, data) },
    { heading: 'Wirtschaftlichkeit', blocks: costSection(state, data) },
    {
      heading: 'Datenstand',
      blocks: [
        p(
          `Die Angaben beruhen auf den Daten des Vergabeassistenten mit Stand ${formatDate(data.dataDate)}, erstellt am ${formatDate(data.buildDay)}. Prüfen Sie die verlinkten Quellen vor der Verwendung.`,
        ),
      ],
    },
  ];
  return { title: 'Vergabevermerk: Nachhaltige Beschaffung mit Gütezeichen', subtitle, disclaimer: DISCLAIMER, dataDate: data.dataDate, sections };
}

// ---------------------------------------------------------------------------------------------
// Plain text

export interface ExportOptions {
  /** Site origin (e.g. "https://example.org") that makes site routes absolute in files. */
  origin?: string;
}

const WIDTH = 100;

const absolute = (href: string, origin = '') => (href.startsWith('/') ? `${origin}${href}` : href);

/** Words wrapped to `width`, continuation lines indented; a single word longer than the line (a URL) stays whole. */
export function wrap(text: string, width = WIDTH, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  // Split at ordinary spaces only, so „250.000 €“ (with a no-break space) stays on one line.
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const prefix = lines.length ? indent : '';
    if (line && prefix.length + line.length + 1 + word.length > width) {
      lines.push(prefix + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push((lines.length ? indent : '') + line);
  return lines;
}

/**
 * Links become numbered references ([1]) listed at the end, so sentences stay readable and no
 * address is broken across lines.
 */
class References {
  readonly urls: string[] = [];
  constructor(private readonly origin?: string) {}
  text(parts: readonly Inline[]): string {
    return parts
      .map((part) => {
        if (typeof part === 'string') return part;
        const url = absolute(part.href, this.origin);
        if (part.text === part.href) return url;
        let n = this.urls.indexOf(url);
        if (n < 0) n = this.urls.push(url) - 1;
        return `${part.text} [${n + 1}]`;
      })
      .join('');
  }
}

function blockText(block: Block, refs: References): string[] {
  switch (block.type) {
    case 'p':
      return [...wrap(refs.text(block.text)), ''];
    case 'heading':
      return [block.text, '-'.repeat(Math.min(block.text.length, WIDTH)), ''];
    case 'list':
      return [...block.items.flatMap((item) => wrap(`- ${refs.text(item)}`, WIDTH, '  ')), ''];
    case 'facts':
      return [...block.rows.flatMap((r) => wrap(`${r.term}: ${refs.text(r.value)}`, WIDTH, '  ')), ''];
    case 'note':
      return [...wrap(`${block.title ?? (block.tone === 'warning' ? 'Achtung' : 'Hinweis')}: ${refs.text(block.text)}`, WIDTH, '  '), ''];
    case 'table':
      return [
        ...wrap(`${block.caption}:`),
        ...block.rows.flatMap((row) =>
          wrap(`- ${row.map((cell, i) => (i ? `${block.head[i]}: ${refs.text(cell)}` : refs.text(cell))).join('; ')}`, WIDTH, '  '),
        ),
        '',
      ];
  }
}

/** The Vermerk as plain text (LF line ends, lines ≤ 100 characters except single long addresses). */
export function vermerkToText(doc: VermerkDoc, options: ExportOptions = {}): string {
  const refs = new References(options.origin);
  const lines = [doc.title, '='.repeat(Math.min(doc.title.length, WIDTH)), ...wrap(doc.subtitle), '', ...wrap(doc.disclaimer), ''];
  for (const section of doc.sections) {
    lines.push(section.heading.toUpperCase(), '');
    for (const block of section.blocks) lines.push(...blockText(block, refs));
  }
  if (refs.urls.length) {
    lines.push('LINKS', '');
    refs.urls.forEach((url, i) => lines.push(`[${i + 1}] ${url}`));
    lines.push('');
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

// ---------------------------------------------------------------------------------------------
// DOCX

/** The Vermerk as a Word file. The `docx` library is loaded only here, when a download is asked for. */
export async function vermerkToDocx(doc: VermerkDoc, options: ExportOptions = {}): Promise<Uint8Array> {
  const { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await import('docx');
  const runs = (parts: readonly Inline[], bold = false) =>
    parts.map((part) =>
      typeof part === 'string'
        ? new TextRun({ text: part, bold })
        : new ExternalHyperlink({ link: absolute(part.href, options.origin), children: [new TextRun({ text: part.text, style: 'Hyperlink', bold })] }),
    );
  const children: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    new Paragraph({ children: [new TextRun({ text: doc.subtitle, size: 28 })] }),
    new Paragraph({
      border: { left: { style: 'single', size: 12, color: '666666', space: 8 } },
      children: [new TextRun({ text: doc.disclaimer, italics: true })],
    }),
  ];
  for (const section of doc.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] }));
    for (const block of section.blocks) {
      switch (block.type) {
        case 'p':
          children.push(new Paragraph({ children: runs(block.text) }));
          break;
        case 'heading':
          children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(block.text)] }));
          break;
        case 'list':
          for (const item of block.items) children.push(new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
          break;
        case 'facts':
          for (const row of block.rows) children.push(new Paragraph({ children: [new TextRun({ text: `${row.term}: `, bold: true }), ...runs(row.value)] }));
          break;
        case 'note':
          children.push(
            new Paragraph({
              border: { left: { style: 'single', size: 12, color: block.tone === 'warning' ? 'B45309' : '1D4ED8', space: 8 } },
              children: [new TextRun({ text: `${block.title ?? (block.tone === 'warning' ? 'Achtung' : 'Hinweis')}: `, bold: true }), ...runs(block.text)],
            }),
          );
          break;
        case 'table':
          children.push(new Paragraph({ children: [new TextRun({ text: block.caption, bold: true })] }));
          children.push(
            new Table({
              width: { size: 100, type: WidthType.PERCENTAGE },
              rows: [
                new TableRow({
                  tableHeader: true,
                  children: block.head.map((h) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: h, bold: true })] })] })),
                }),
                ...block.rows.map(
                  (row) => new TableRow({ children: row.map((cell, i) => new TableCell({ children: [new Paragraph({ children: runs(cell, i === 0) })] })) }),
                ),
              ],
            }),
          );
          break;
      }
    }
  }
  const file = new Document({
    title: doc.title,
    description: doc.subtitle,
    creator: 'Vergabeassistent',
    styles: { default: { document: { run: { font: 'Arial', size: 22, language: { value: 'de-DE' } } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
