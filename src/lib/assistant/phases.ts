import type { Norm } from '../../schemas/law';
import { tenderPlacements } from '../../vocab/labels';
import { uvgoStatuses } from '../../vocab/states';
import { formatDate, formatEuro } from '../format';
import type { Placement, TenderVariant } from '../labels/tender-wording';
import { cite } from '../law/cite';
import type { AssistantData, AssistantLabel } from './data';
import { DISCLAIMER, link, note, p, type Block, type Inline, type Link, type PhaseView, type Question } from './doc';
import { legalFrame, valueLimitsFor, type LegalFrame, type RuleSet } from './frame';
import type { Answer, AssistantState, PlacementParam } from './state';

export { DISCLAIMER };

/**
 * The five steps of the Vergabeassistent as data (docs/vergabeassistent.md): each step explains
 * itself, asks its questions and says what follows from the answers so far. Pure, so the page,
 * the island and the Vermerk render the same decisions. Paragraphs come from norms.json.
 */

/** The group whose Land rule on gravestones matters (cemetery and burial law). */
export const STONE_GROUP = 'natursteine';

export const placementOf: Record<PlacementParam, Placement> = { leistung: 'specification', zuschlag: 'award', ausfuehrung: 'performance' };

export const placementLabels: Record<PlacementParam, string> = {
  leistung: tenderPlacements.specification,
  zuschlag: tenderPlacements.award,
  ausfuehrung: tenderPlacements.performance,
};

export const answerLabels: Record<Answer, string> = { ja: 'ja', nein: 'nein', offen: 'noch offen' };

export const kindLabels = { liefer: 'Liefer- oder Dienstleistung', bau: 'Bauleistung' } as const;
export const authorityLabels = {
  kommune: 'Kommune (Stadt, Gemeinde, Kreis)',
  land: 'Land (Landesbehörde)',
  bund: 'Oberste oder obere Bundesbehörde',
} as const;

/** The market-check questions by URL key. */
export const marketQuestions = {
  verfuegbar: {
    label: 'Gibt es am Markt genug Produkte mit den gewählten Gütezeichen oder gleichwertigen Nachweisen?',
    hint: 'Fragen Sie beim Herausgeber des Gütezeichens, bei Händlern oder in Produktdatenbanken nach.',
  },
  dialog: {
    label: 'Haben Sie den Markt erkundet oder mit Anbietern gesprochen?',
    hint: 'Zum Beispiel durch eine Markterkundung, Gespräche auf Messen oder eine Anfrage bei mehreren Anbietern.',
  },
  bieter: {
    label: 'Erwarten Sie genug Angebote, die die Anforderungen erfüllen?',
    hint: 'Denken Sie an Lose, Mengen und Fristen: Sie entscheiden mit, wer bieten kann.',
  },
} as const;
export type MarketKey = keyof typeof marketQuestions;
export const marketKeys = Object.keys(marketQuestions) as MarketKey[];

/** The consequence of each placement, the same on the page and in the Vermerk. */
export const placementConsequences: Record<PlacementParam, string> = {
  leistung:
    'Jedes Angebot muss die Anforderung erfüllen. Angebote, die sie nicht erfüllen, werden ausgeschlossen. Das passt, wenn es genug Produkte gibt, die die Anforderung erfüllen.',
  zuschlag:
    'Angebote, die die Anforderung erfüllen, erhalten bei der Wertung mehr Punkte; ausgeschlossen wird deshalb keines. Sie legen vorher fest, wie stark das Kriterium gewichtet wird, und nennen es in den Vergabeunterlagen.',
  ausfuehrung:
    'Der Auftragnehmer muss die Anforderung bei der Ausführung des Auftrags einhalten, während der ganzen Laufzeit. Sie brauchen dafür Kontrollen und Sanktionen, zum Beispiel Nachweise auf Verlangen und eine Vertragsstrafe.',
};

const normLink = (norm: Norm): Link => ({ text: `${norm.citation}: ${norm.title}`, href: norm.url });
const normInline = (norm: Norm, paragraph?: string): Inline => link(cite(norm, paragraph), norm.url);

export function evidenceItems(evidence: readonly { url: string; note?: string; checked: string }[]): Inline[][] {
  return evidence.map((e) => [link(`${e.note ? `${e.note}, ` : 'Quelle, '}geprüft am ${formatDate(e.checked)}`, e.url)]);
}

function rulesText(rules: RuleSet, data: AssistantData): Inline[] {
  const { norms } = data;
  switch (rules) {
    case 'gwbVgv':
      return [
        'EU-Vergaberecht: Teil 4 des Gesetzes gegen Wettbewerbsbeschränkungen (GWB) und die Vergabeverordnung (VgV). Gütezeichen als Nachweis regelt ',
        normInline(norms.vgv34),
        '.',
      ];
    case 'gwbVobEu':
      return [
        'EU-Vergaberecht: Teil 4 des GWB und für Bauleistungen die VOB/A Abschnitt 2 (EU-Paragraphen). Gütezeichen als Nachweis regelt ',
        normInline(norms.vobEu7a),
        '.',
      ];
    case 'uvgo':
      return [
        'Nationales Vergaberecht: die Unterschwellenvergabeordnung (UVgO), soweit Ihr Land sie anwendbar macht, oder die Regeln Ihres Landes. Gütezeichen als Nachweis regelt ',
        normInline(norms.uvgo24),
        '.',
      ];
    case 'vobA1':
      return [
        'Nationales Vergaberecht: für Bauleistungen die VOB/A Abschnitt 1, soweit Haushalts- oder Vergaberecht Ihres Landes sie vorschreibt. Gütezeichen als Nachweis regelt ',
        normInline(norms.vob7a),
        '.',
      ];
  }
}

// ---------------------------------------------------------------------------------------------
// 1 Rechtsrahmen

export function landBlocks(state: AssistantState, data: AssistantData): Block[] {
  const land = state.land ? data.states[state.land] : undefined;
  if (!land) return [];
  const blocks: Block[] = [{ type: 'heading', text: `Was das Landesrecht in ${land.name} sagt` }];
  if (land.staleNotice) blocks.push(note('warning', [land.staleNotice]));
  if (land.lawFacts.length) blocks.push({ type: 'facts', rows: land.lawFacts.map((f) => ({ term: f.label, value: f.lines.flat() })) });
  else if (land.noLaw) blocks.push(p(land.noLaw));
  for (const section of land.sections) {
    if (section.id === 'natursteine' && state.gruppe !== STONE_GROUP) continue;
    blocks.push({
      type: 'facts',
      rows: [{ term: section.heading, value: [`${section.status}. `, section.text, ...section.extra.flatMap((line) => [' ', ...line])] }],
    });
    if (section.evidence.length) blocks.push({ type: 'list', items: section.evidence.map((e) => [link(e.text, e.href)]) });
  }
  if (land.uncertain) blocks.push(note('warning', [land.uncertain], 'Unsicher'));
  blocks.push(p('Alle Angaben zum Land mit Quellen: ', link(`Vergaberecht in ${land.name}`, land.href), ` (Stand ${formatDate(land.asOf)}).`));
  return blocks;
}

export function frameBlocks(frame: LegalFrame, state: AssistantState, data: AssistantData): Block[] {
  const t = frame.threshold;
  const blocks: Block[] = [];
  if (frame.authorityAssumed) {
    blocks.push(note('info', ['Sie haben nicht angegeben, wer beschafft. Der Assistent rechnet mit dem Schwellenwert für Kommunen und Länder.']));
  }
  const above = frame.regime === 'above';
  blocks.push({
    type: 'facts',
    rows: [
      { term: 'Geschätzter Auftragswert (netto)', value: [formatEuro(state.wert ?? 0)] },
      {
        term: 'EU-Schwellenwert',
        value: [`${formatEuro(t.amount)} für ${t.title}, gültig vom ${formatDate(t.validFrom)} bis ${formatDate(t.validUntil)} (${t.legalBasis})`],
      },
      {
        term: 'Ergebnis',
        value: [
          above
            ? 'Der Auftrag erreicht den EU-Schwellenwert: Sie vergeben oberhalb der Schwelle, also EU-weit.'
            : 'Der Auftrag liegt unter dem EU-Schwellenwert: Sie vergeben nach nationalem Recht.',
        ],
      },
      { term: 'Anwendbares Recht', value: rulesText(frame.rules, data) },
    ],
  });
  if (t.validFrom > data.buildDay || t.validUntil < data.buildDay) {
    blocks.push(
      note('warning', [
        `Der Schwellenwert gilt vom ${formatDate(t.validFrom)} bis ${formatDate(t.validUntil)}. Prüfen Sie, welcher Wert für Ihre Vergabe gilt.`,
      ]),
    );
  }
  if (t.sources.length)
    blocks.push({ type: 'list', items: t.sources.map((url, i) => [link(`Quelle ${i + 1} zum Schwellenwert, geprüft am ${formatDate(t.lastChecked)}`, url)]) });
  if (!above) {
    const norm = data.norms[frame.labelNorm];
    if (norm.note) blocks.push(note('info', [norm.note]));
    const land = state.land ? data.states[state.land] : undefined;
    if (land && frame.authority !== 'federal') {
      blocks.push(p(`UVgO in ${land.name}: ${uvgoStatuses[land.uvgo]}.`));
    }
    const limits = valueLimitsFor(data.valueLimits, frame.authority, land?.name);
    if (limits.length) {
      blocks.push({ type: 'heading', text: 'Wertgrenzen unterhalb der Schwelle, die wir kennen' });
      blocks.push({
        type: 'list',
        items: limits.map((l) => [
          `${l.title}, ${l.scope}: ${l.text} (${l.legalBasis})${l.planned ? ', nur geplant' : ''}. `,
          ...(l.note ? [`${l.note} `] : []),
          ...l.sources.map((url, i) => link(`Quelle ${i + 1}`, url)).flatMap((x, i) => (i ? [', ', x] : [x])),
        ]),
      });
    }
  }
  if (frame.authority === 'federal') {
    blocks.push(note('info', ['Für Bundesbehörden gilt Bundesrecht. Die Angaben zum Land betreffen Landesbehörden und Kommunen.']));
  }
  return blocks;
}

function rahmen(state: AssistantState, data: AssistantData, frame: LegalFrame | undefined): PhaseView {
  const states = data.known.states.map((slug) => ({ value: slug, label: data.states[slug].name }));
  const questions: Question[] = [
    {
      kind: 'number',
      param: 'wert',
      label: 'Geschätzter Auftragswert ohne Umsatzsteuer',
      hint: 'In Euro, zum Beispiel 250.000.',
      unit: 'Euro',
      ...(state.wert !== undefined ? { value: state.wert } : {}),
    },
    {
      kind: 'choice',
      param: 'art',
      label: 'Was beschaffen Sie?',
      options: Object.entries(kindLabels).map(([value, label]) => ({ value, label })),
      ...(state.art ? { value: state.art } : {}),
    },
    {
      kind: 'choice',
      param: 'traeger',
      label: 'Wer beschafft?',
      hint: 'Für oberste und obere Bundesbehörden gilt bei Liefer- und Dienstleistungen ein niedrigerer Schwellenwert.',
      options: Object.entries(authorityLabels).map(([value, label]) => ({ value, label })),
      ...(state.traeger ? { value: state.traeger } : {}),
    },
    { kind: 'select', param: 'land', label: 'In welchem Land?', options: states, ...(state.land ? { value: state.land } : {}) },
  ];
  const result: Block[] = frame
    ? frameBlocks(frame, state, data)
    : [p('Geben Sie Auftragswert und Art des Auftrags an; dann zeigt der Assistent, welcher Schwellenwert gilt und welche Vorschriften daraus folgen.')];
  result.push(...landBlocks(state, data));
  const sources: Link[] = [];
  if (frame) sources.push(normLink(data.norms[frame.labelNorm]));
  else sources.push(normLink(data.norms.vgv34), normLink(data.norms.uvgo24));
  if (state.land && data.states[state.land]) sources.push({ text: `Vergaberecht in ${data.states[state.land].name}`, href: data.states[state.land].href });
  return {
    key: 'rahmen',
    number: 1,
    title: 'Rechtsrahmen',
    intro: [
      p(
        'Zuerst klären Sie, welches Vergaberecht gilt. Das hängt vom geschätzten Auftragswert ohne Umsatzsteuer ab, von der Art des Auftrags, davon, wer beschafft, und vom Land.',
      ),
    ],
    why: [
      p(
        'Erreicht der Auftragswert den EU-Schwellenwert, gilt EU-Vergaberecht; darunter gilt nationales Recht, das die Länder unterschiedlich regeln. Davon hängt ab, auf welche Vorschrift Sie ein Gütezeichen als Nachweis stützen und welche Textbausteine passen.',
      ),
    ],
    sources,
    questions,
    result,
    complete: frame !== undefined && state.land !== undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// 2 Produkt

function assessmentText(l: AssistantLabel): Inline[] {
  if (!l.assessments.length) return ['keine erfasst'];
  return l.assessments.flatMap((a, i) => [
    ...(i ? ['; '] : []),
    link(`${a.by}: ${a.verdict}`, a.url),
    ` (${a.rating}${a.category ? `, ${a.category}` : ''}${a.asOf ? `, Stand ${a.asOf}` : ''})`,
  ]);
}

function vgvShort(l: AssistantLabel): string {
  if (l.kind === 'scheme') return 'kein Produktsiegel';
  const count = (pred: (f: AssistantLabel['vgv'][number]) => boolean) => l.vgv.filter(pred).length;
  const failed = count((f) => f.text.startsWith('nicht erfüllt'));
  const open = count((f) => f.evidence.length === 0);
  if (l.vgvFails) return `${failed} von 5 Bedingungen nicht erfüllt: nicht als Nachweis verlangen`;
  return `${5 - open} von 5 Bedingungen mit Quelle beurteilt`;
}

function labelOptionHint(l: AssistantLabel): string {
  if (l.kind === 'scheme') return `${l.typeLabel}, kein Produktsiegel: nur als ein Nachweis für eine Ausführungsbedingung`;
  if (l.kind === 'none') return `${l.typeLabel}: darf nicht als Nachweis verlangt werden`;
  return `${l.typeLabel}; ${vgvShort(l)}`;
}

/** The placements a label allows: schemes only a performance condition, labels that cannot be demanded none. */
export function allowedPlacements(l: AssistantLabel): PlacementParam[] {
  if (l.kind === 'label') return ['leistung', 'zuschlag', 'ausfuehrung'];
  if (l.kind === 'scheme') return ['ausfuehrung'];
  return [];
}

export function chosenLabelBlocks(l: AssistantLabel, state: AssistantState, data: AssistantData): Block[] {
  const blocks: Block[] = [{ type: 'heading', text: l.name }];
  blocks.push({
    type: 'facts',
    rows: [
      { term: 'Art', value: [l.typeLabel] },
      { term: 'Herausgeber', value: [l.issuer] },
      { term: 'Bewertungen anderer Stellen', value: assessmentText(l) },
      { term: 'Datenlage', value: [`${l.quality.known} von ${l.quality.cells} Werten bekannt, ${l.quality.evidenced} davon mit eigenem Beleg`] },
      { term: 'Mehr dazu', value: [link(`Seite zu „${l.name}“`, l.href)] },
    ],
  });
  if (state.gruppe && !l.groups.includes(state.gruppe)) {
    blocks.push(
      note('warning', [
        `„${l.name}“ ist bei uns nicht der Produktgruppe „${data.groups[state.gruppe]?.name ?? state.gruppe}“ zugeordnet. Prüfen Sie, ob es für Ihren Auftrag passt.`,
      ]),
    );
  }
  if (l.kind === 'scheme' || l.kind === 'none') blocks.push(note(l.kind === 'none' ? 'warning' : 'info', [l.explanation]));
  if (l.kind !== 'scheme') {
    blocks.push({
      type: 'table',
      caption: `Bedingungen des ${cite(data.norms.vgv34, 'Abs. 2')} für „${l.name}“`,
      head: ['Bedingung', 'Stand', 'Begründung und Quelle'],
      rows: l.vgv.map((f) => [
        [`Nr. ${f.nr}: ${f.condition}`],
        [f.text],
        f.reason || f.evidence.length
          ? [...(f.reason ? [f.reason, ' '] : []), ...evidenceItems(f.evidence).flatMap((e, i) => (i ? ['; ', ...e] : e))]
          : ['keine Quelle'],
      ]),
    });
    blocks.push(p(l.vgvSummary));
  }
  if (l.criteria.length)
    blocks.push({ type: 'heading', text: 'Belegte Kriterien, die Sie verlangen können' }, { type: 'list', items: l.criteria.map((c) => [c]) });
  return blocks;
}

function produkt(state: AssistantState, data: AssistantData, frame: LegalFrame | undefined): PhaseView {
  const group = state.gruppe ? data.groups[state.gruppe] : undefined;
  const inGroup = state.gruppe ? Object.entries(data.labels).filter(([, l]) => l.groups.includes(state.gruppe!)) : [];
  const chosenElsewhere = state.gz.filter((slug) => data.labels[slug] && !inGroup.some(([s]) => s === slug)).map((slug) => [slug, data.labels[slug]] as const);
  const offered = [...inGroup, ...chosenElsewhere];
  const questions: Question[] = [
    {
      kind: 'select',
      param: 'gruppe',
      label: 'Produktgruppe',
      hint: 'Kennen Sie nur den CPV-Code, geben Sie ihn ein; der Assistent sucht die passende Gruppe.',
      options: data.known.groups.map((slug) => ({ value: slug, label: data.groups[slug].name })),
      ...(state.gruppe ? { value: state.gruppe } : {}),
    },
  ];
  if (offered.length) {
    questions.push({
      kind: 'labels',
      param: 'gz',
      label: 'Welche Gütezeichen kommen in Frage?',
      hint: 'Nur Gütezeichen, die noch vergeben werden.',
      options: offered.map(([slug, l]) => {
        const only = allowedPlacements(l);
        const placement = state.platz[slug] ?? (only.length === 1 ? only[0] : undefined);
        return { value: slug, label: l.name, hint: labelOptionHint(l), ...(placement ? { placement } : {}) };
      }),
      value: state.gz,
    });
  }
  const result: Block[] = [];
  if (!group) result.push(p('Wählen Sie eine Produktgruppe; dann zeigt der Assistent die Gütezeichen dieser Gruppe.'));
  else {
    result.push(p(group.description, ' ', link(`Produktgruppe „${group.name}“`, group.href)));
    result.push({ type: 'heading', text: 'Risiken in der Lieferkette' });
    if (group.risks.length)
      result.push({
        type: 'list',
        items: group.risks.map((r) => [
          r.text,
          ' ',
          ...evidenceItems(r.evidence).flatMap((e, i) => (i ? ['; ', ...e] : ['(', ...e])),
          ...(r.evidence.length ? [')'] : []),
        ]),
      });
    else result.push(p('Für diese Produktgruppe sind bei uns noch keine Risiken mit Quelle erfasst.'));
    if (inGroup.length) {
      result.push({
        type: 'table',
        caption: `Gütezeichen für ${group.name}`,
        head: ['Gütezeichen', 'Art', 'Bewertungen anderer Stellen', `${data.norms.vgv34.citation}`],
        rows: inGroup.map(([, l]) => [[link(l.name, l.href)], [l.typeLabel], assessmentText(l), [vgvShort(l)]]),
      });
    } else result.push(p('Für diese Produktgruppe haben wir kein aktives Gütezeichen erfasst.'));
  }
  for (const slug of state.gz) {
    const l = data.labels[slug];
    if (l) result.push(...chosenLabelBlocks(l, state, data));
  }
  if (frame?.regime === 'below') {
    result.push(
      note('info', [
        `Unterhalb der EU-Schwellenwerte stützt sich der Nachweis auf `,
        normInline(data.norms[frame.labelNorm]),
        `; die Bedingungen des ${data.norms.vgv34.citation} zeigen, worauf es bei einem Gütezeichen ankommt.`,
      ]),
    );
  }
  return {
    key: 'produkt',
    number: 2,
    title: 'Produkt und Gütezeichen',
    intro: [
      p(
        'Wählen Sie die Produktgruppe und die Gütezeichen, die für Ihren Auftrag in Frage kommen. Der Assistent zeigt, wie andere Stellen sie bewerten und was über die Bedingungen für Gütezeichen als Nachweis bekannt ist.',
      ),
    ],
    why: [
      p(
        `Ein Gütezeichen dürfen Sie nur als Nachweis verlangen, wenn es die Bedingungen des `,
        normInline(data.norms.vgv34, 'Abs. 2'),
        ' erfüllt: Die Anforderungen hängen mit dem Auftrag zusammen, sind objektiv und nachprüfbar, offen entwickelt, für alle zugänglich und von einem Dritten festgelegt. Mitgliedschafts- und Managementsysteme bescheinigen kein Produkt; sie taugen nur als ein Nachweis unter anderen.',
      ),
    ],
    sources: [normLink(data.norms.vgv34), ...(frame?.regime === 'below' ? [normLink(data.norms[frame.labelNorm])] : [])],
    questions,
    result,
    complete: group !== undefined && state.gz.some((slug) => data.labels[slug]),
  };
}

// ---------------------------------------------------------------------------------------------
// 3 Markt

function markt(state: AssistantState, data: AssistantData, frame: LegalFrame | undefined): PhaseView {
  const otherProof: Inline[] = !frame
    ? [normInline(data.norms.vgv34, 'Abs. 5'), ', unterhalb der Schwelle ', normInline(data.norms.uvgo24)]
    : frame.labelNorm === 'vgv34'
      ? [normInline(data.norms.vgv34, 'Abs. 5')]
      : [normInline(data.norms[frame.labelNorm])];
  const questions: Question[] = marketKeys.map((key) => ({
    kind: 'answer',
    param: `markt:${key}`,
    label: marketQuestions[key].label,
    hint: marketQuestions[key].hint,
    ...(state.markt[key] ? { value: state.markt[key] } : {}),
  }));
  const chosen = state.gz.map((slug) => data.labels[slug]).filter((l): l is AssistantLabel => l !== undefined);
  const result: Block[] = [];
  const marketNotes = chosen.flatMap((l) => l.warnings.map((w) => ({ l, w })));
  if (marketNotes.length) {
    result.push({ type: 'heading', text: 'Was wir zu den gewählten Gütezeichen wissen' });
    result.push({
      type: 'list',
      items: marketNotes.map(({ l, w }) => [`${l.name} (${w.kind}): ${w.text}`, ...evidenceItems(w.evidence).flatMap((e) => [' ', ...e])]),
    });
  }
  if (state.markt.dialog === 'nein' || state.markt.dialog === 'offen') {
    result.push(
      note('info', [
        'Eine Markterkundung vor der Ausschreibung zeigt, ob es Produkte mit dem Gütezeichen gibt, zu welchem Preis und wie viele Anbieter sie liefern können. Halten Sie das Ergebnis im Vermerk fest.',
      ]),
    );
  }
  if (state.markt.bieter === 'nein') {
    result.push(
      note('warning', [
        'Erwarten Sie wenige Angebote, prüfen Sie Lose, Mengen und Fristen, und ob Sie das Gütezeichen als Zuschlagskriterium statt als Pflicht nutzen.',
      ]),
    );
  }
  const group = state.gruppe ? data.groups[state.gruppe] : undefined;
  const examples = state.gruppe ? data.examples.filter((e) => e.groups.includes(state.gruppe!)) : [];
  result.push({ type: 'heading', text: 'Praxisbeispiele' });
  if (!group) result.push(p('Wählen Sie in Schritt 2 eine Produktgruppe; dann zeigt der Assistent Beispiele anderer Kommunen.'));
  else if (examples.length) {
    result.push({
      type: 'list',
      items: examples.map((e) => [link(e.title, e.href), ` (${e.municipality}, ${e.year}${e.placements.length ? `; ${e.placements.join(', ')}` : ''})`]),
    });
    result.push(p(link(`Alle Praxisbeispiele zu „${group.name}“`, group.examplesHref)));
  } else result.push(p(`Zu „${group.name}“ haben wir noch keine Praxisbeispiele.`));
  const stop =
    state.markt.verfuegbar === 'nein'
      ? {
          title: 'Ein Gütezeichen, das niemand liefern kann, nicht verlangen',
          reason: [
            p(
              'Verlangen Sie ein Gütezeichen als Pflicht, obwohl es kaum zertifizierte Produkte gibt, erhalten Sie keine oder nur wenige Angebote. Das Verfahren kann scheitern, oder der Preis steigt ohne Wettbewerb.',
            ),
          ],
          instead: [
            {
              type: 'list' as const,
              items: [
                [
                  'Nennen Sie die Kriterien des Gütezeichens selbst in der Leistungsbeschreibung und lassen Sie andere geeignete Belege zu (',
                  ...otherProof,
                  ').',
                ],
                [
                  'Nutzen Sie das Gütezeichen als Zuschlagskriterium statt als Mindestanforderung: Angebote damit erhalten mehr Punkte, ausgeschlossen wird keines.',
                ],
                ['Führen Sie eine Markterkundung oder Gespräche mit Anbietern, um zu erfahren, was lieferbar ist.'],
                ['Stellen Sie die Anforderung in einer späteren Ausschreibung, wenn der Markt so weit ist, und kündigen Sie sie den Anbietern an.'],
              ] as Inline[][],
            },
          ],
        }
      : undefined;
  return {
    key: 'markt',
    number: 3,
    title: 'Markt',
    intro: [
      p(
        'Prüfen Sie, ob es Produkte mit den gewählten Gütezeichen gibt und ob genug Anbieter bieten können. Beispiele anderer Kommunen zeigen, was schon geklappt hat.',
      ),
    ],
    why: [
      p(
        'Eine Anforderung, die niemand erfüllen kann, führt zu keinen Angeboten. Wer den Markt kennt, wählt die passende Stelle im Verfahren und einen realistischen Zeitplan.',
      ),
    ],
    sources: [normLink(data.norms.vgv34)],
    questions,
    result,
    ...(stop ? { stop } : {}),
    complete: !stop && marketKeys.every((k) => state.markt[k] !== undefined),
  };
}

// ---------------------------------------------------------------------------------------------
// 4 Wirtschaftlichkeit

function wirtschaftlichkeit(state: AssistantState, data: AssistantData, frame: LegalFrame | undefined): PhaseView {
  const norm = frame?.lccNorm ? data.norms[frame.lccNorm] : undefined;
  const result: Block[] = [];
  if (!frame) {
    result.push(p('Geben Sie in Schritt 1 Auftragswert und Art an; dann nennt der Assistent die Vorschrift zu Lebenszykluskosten.'));
    result.push({
      type: 'list',
      items: [
        [normInline(data.norms.vgv59), ` (${data.norms.vgv59.title})`],
        [normInline(data.norms.uvgo43), ` (${data.norms.uvgo43.title})`],
      ],
    });
  } else if (norm) {
    result.push({
      type: 'facts',
      rows: [{ term: 'Vorschrift', value: [normInline(norm), `: ${norm.title}`] }, ...(norm.note ? [{ term: 'Was sie sagt', value: [norm.note] }] : [])],
    });
  } else {
    result.push(
      p(
        'Für Bauleistungen haben wir die Vorschrift zu Lebenszykluskosten nicht erfasst. Lebenszykluskosten lassen sich auch hier berücksichtigen; prüfen Sie die VOB/A.',
      ),
    );
  }
  if (state.lzk === 'ja') result.push(p('Nennen Sie in den Vergabeunterlagen die Berechnungsmethode und die Angaben, die die Bieter dafür liefern müssen.'));
  if (state.lzk === 'nein')
    result.push(
      p(
        'Dann entscheidet bei den Kosten der Preis. Halten Sie im Vermerk fest, warum Lebenszykluskosten hier keine Rolle spielen, zum Beispiel weil kaum Folgekosten entstehen.',
      ),
    );
  result.push(p(link(`${data.lccTool.title} (${data.lccTool.publisher})`, data.lccTool.url), ': ', data.lccTool.note));
  return {
    key: 'wirtschaftlichkeit',
    number: 4,
    title: 'Wirtschaftlichkeit',
    intro: [
      p(
        'Der niedrigste Kaufpreis ist nicht immer das wirtschaftlichste Angebot. Mit den Lebenszykluskosten vergleichen Sie auch Kosten für Betrieb, Energie, Wartung und Entsorgung.',
      ),
    ],
    why: [
      p(
        'Produkte, die in der Anschaffung teurer sind, können über die Nutzungsdauer günstiger sein. Wer Lebenszykluskosten wertet, muss Methode und Angaben vorher bekannt geben.',
      ),
    ],
    sources: [normLink(norm ?? data.norms.vgv59), { text: `${data.lccTool.title} (${data.lccTool.publisher})`, href: data.lccTool.url }],
    questions: [{ kind: 'answer', param: 'lzk', label: 'Berücksichtigen Sie Lebenszykluskosten bei der Wertung?', ...(state.lzk ? { value: state.lzk } : {}) }],
    result,
    complete: state.lzk !== undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// 5 Verfahren

/** The wording variant for the legal basis, or both while the basis is not known. */
export function variantsFor(l: AssistantLabel, frame: LegalFrame | undefined): TenderVariant[] {
  return frame ? l.wording.filter((v) => v.basis === frame.regime) : l.wording;
}

function placementNorms(data: AssistantData, frame: LegalFrame | undefined): Record<PlacementParam, Inline[]> {
  const { norms } = data;
  if (frame?.kind === 'works') {
    const n = frame.regime === 'above' ? norms.vobEu7a : norms.vob7a;
    return { leistung: [normInline(n)], zuschlag: [normInline(n)], ausfuehrung: [normInline(n)] };
  }
  if (frame?.regime === 'below') return { leistung: [normInline(norms.uvgo24)], zuschlag: [normInline(norms.uvgo24)], ausfuehrung: [normInline(norms.uvgo24)] };
  return {
    leistung: [normInline(norms.vgv31), ', ', normInline(norms.vgv34)],
    zuschlag: [normInline(norms.vgv58, 'Abs. 4')],
    ausfuehrung: [normInline(norms.gwb128), ', ', normInline(norms.vgv61)],
  };
}

/** The wording blocks of one chosen label at its placement. */
export function wordingBlocks(slug: string, l: AssistantLabel, state: AssistantState, data: AssistantData, frame: LegalFrame | undefined): Block[] {
  const blocks: Block[] = [{ type: 'heading', text: l.name }];
  if (l.kind === 'none') return [...blocks, note('warning', [l.explanation])];
  const platz = state.platz[slug];
  if (!platz) return [...blocks, p('Wählen Sie, wo die Anforderung stehen soll.')];
  const norms = placementNorms(data, frame);
  blocks.push({
    type: 'facts',
    rows: [
      { term: 'Stelle im Verfahren', value: [placementLabels[platz]] },
      { term: 'Was das bedeutet', value: [placementConsequences[platz]] },
      { term: 'Vorschrift', value: norms[platz] },
    ],
  });
  for (const variant of variantsFor(l, frame)) {
    const snippet = variant.snippets.find((s) => s.placement === placementOf[platz]);
    if (!snippet) continue;
    blocks.push({ type: 'note', tone: 'info', title: `Textbaustein: ${snippet.title}, ${variant.title}`, text: [snippet.text] });
    blocks.push({ type: 'list', items: variant.notes.map((n) => [n]) });
  }
  return blocks;
}

function verfahren(state: AssistantState, data: AssistantData, frame: LegalFrame | undefined): PhaseView {
  const chosen = state.gz.filter((slug) => data.labels[slug]).map((slug) => [slug, data.labels[slug]] as const);
  const questions: Question[] = chosen
    .filter(([, l]) => allowedPlacements(l).length)
    .map(([slug, l]) => ({
      kind: 'choice',
      param: `platz:${slug}`,
      label: `Wo steht „${l.name}“?`,
      ...(l.kind === 'scheme' ? { hint: 'Kein Produktsiegel: Es eignet sich nur als ein Nachweis für eine Ausführungsbedingung.' } : {}),
      options: allowedPlacements(l).map((value) => ({ value, label: placementLabels[value] })),
      ...(state.platz[slug] ? { value: state.platz[slug] } : {}),
    }));
  const norms = placementNorms(data, frame);
  const result: Block[] = chosen.length
    ? chosen.flatMap(([slug, l]) => wordingBlocks(slug, l, state, data, frame))
    : [p('Wählen Sie in Schritt 2 mindestens ein Gütezeichen; dann zeigt der Assistent die passenden Textbausteine.')];
  if (!frame && chosen.length)
    result.unshift(note('info', ['Solange Auftragswert und Art fehlen, zeigt der Assistent die Textbausteine für ober- und unterhalb der EU-Schwellenwerte.']));
  result.push(
    p(
      'Gleichwertige Gütezeichen müssen Sie anerkennen; deshalb steht in jedem Textbaustein „oder gleichwertig“ (',
      ...(frame?.regime === 'below' ? [normInline(data.norms.uvgo24)] : [normInline(data.norms.vgv34, 'Abs. 4')]),
      ').',
    ),
  );
  return {
    key: 'verfahren',
    number: 5,
    title: 'Verfahren',
    intro: [
      p(
        'Entscheiden Sie für jedes Gütezeichen, wo die Anforderung steht: in der Leistungsbeschreibung, als Zuschlagskriterium oder als Ausführungsbedingung. Der Assistent zeigt die Folgen und einen Textbaustein.',
      ),
    ],
    why: [
      {
        type: 'table',
        caption: 'Die drei Stellen im Verfahren und ihre Folgen',
        head: ['Stelle', 'Was das bedeutet', 'Vorschrift'],
        rows: (Object.keys(placementLabels) as PlacementParam[]).map((k) => [[placementLabels[k]], [placementConsequences[k]], norms[k]]),
      },
    ],
    sources:
      frame?.regime === 'below'
        ? [normLink(data.norms.uvgo24)]
        : [normLink(data.norms.vgv31), normLink(data.norms.vgv58), normLink(data.norms.vgv61), normLink(data.norms.gwb128)],
    questions,
    result,
    complete: chosen.length > 0 && chosen.every(([slug, l]) => !allowedPlacements(l).length || state.platz[slug] !== undefined),
  };
}

/** The five steps for the answers so far, always in order. */
export function buildPhases(state: AssistantState, data: AssistantData): PhaseView[] {
  const frame = legalFrame(state, data.thresholds);
  return [
    rahmen(state, data, frame),
    produkt(state, data, frame),
    markt(state, data, frame),
    wirtschaftlichkeit(state, data, frame),
    verfahren(state, data, frame),
  ];
}
