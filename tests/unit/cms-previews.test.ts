import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromJS } from 'immutable';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { previewTemplates } from '../../admin/previews';
import { root } from './helpers';

/** Renders a preview template the way Decap calls it, with an entry's form data. */
function render(collection: string, data: Record<string, unknown>, relations: Record<string, unknown> = {}): string {
  const template = previewTemplates[collection];
  const entry = fromJS({ data });
  const fieldsMetaData = fromJS(relations);
  const html = renderToStaticMarkup(
    createElement(() =>
      template({
        entry: { getIn: (path: string[]) => entry.getIn(path) },
        widgetFor: (name: string) => createElement('p', null, typeof data[name] === 'string' ? data[name] : ''),
        getAsset: () => undefined,
        fieldsMetaData: { getIn: (path: string[]) => fieldsMetaData.getIn(path) },
      }),
    ),
  );
  return html;
}

const visible = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const seminar = {
  title: 'Faire Beschaffung von Arbeitskleidung',
  summary: 'Wie Kommunen soziale Kriterien in die Ausschreibung von Arbeitskleidung aufnehmen.',
  start: '2036-03-10T09:00:00+01:00',
  end: '2036-03-10T12:30:00+01:00',
  format: 'hybrid',
  platform: 'Webex',
  venue: { name: 'Rathaus Bonn', street: 'Berliner Platz 2', postalCode: '53111', city: 'Bonn' },
  audience: 'Beschäftigte aus Vergabestellen',
  topics: ['textilien', 'vergaberecht'],
  cost: 'kostenfrei',
  status: 'open',
  registrationDeadline: '2036-03-03',
  registrationEmail: 'seminare@example.org',
  organizer: 'Servicestelle Kommunen in der Einen Welt (SKEW)',
  agenda: [{ time: '09:00', item: 'Begrüßung' }],
  body: 'Inhalte des Seminars.',
};

describe('seminar preview in the site’s look', () => {
  it('shows the detail page: Berlin time, state badge, registration, facts, contents and agenda', () => {
    const html = render('seminars', seminar);
    expect(html).toContain('<article class="seminar-detail">');
    const text = visible(html);
    expect(text).toContain('Montag, 10. März 2036, 9:00 bis 12:30 Uhr');
    expect(html).toMatch(/kern-badge kern-badge--success.*Anmeldung möglich/);
    expect(text).toContain('Anmeldung bis 3. März 2036 (bis 23:59 Uhr)');
    expect(text).toContain('Per E-Mail anmelden');
    expect(text).toContain('Format Hybrid (vor Ort und online)');
    expect(text).toContain('Ort Rathaus Bonn Berliner Platz 2 53111 Bonn');
    expect(text).toContain('Plattform Webex.');
    expect(text).toContain('Themen Textilien, Vergaberecht');
    expect(text).toContain('Inhalte des Seminars.');
    expect(text).toContain('9:00 Uhr Begrüßung');
  });

  it('a cancelled seminar shows the cancellation instead of a registration button', () => {
    const text = visible(render('seminars', { ...seminar, status: 'cancelled', statusNote: 'Ersatztermin folgt im Herbst.' }));
    expect(text).toContain('Abgesagt Ersatztermin folgt im Herbst.');
    expect(text).not.toContain('anmelden');
    expect(text).not.toContain('Anmeldeschluss');
  });

  it('renders a half-filled form without failing and asks for the missing times', () => {
    const text = visible(render('seminars', { title: 'Neues Seminar', start: '2036-03-10T09:00:00+01:00', end: '2036-03-10T09:00:00+01:00' }));
    expect(text).toContain('Neues Seminar');
    expect(text).toContain('Beginn und Ende: bitte ausfüllen');
    // What a file leaves out, the site fills in from the schema's defaults; so does the preview.
    expect(text).toContain('Kosten kostenfrei');
    expect(text).toContain('Veranstalter Servicestelle Kommunen in der Einen Welt (SKEW)');
    expect(visible(render('seminars', {}))).toContain('Auf einen Blick');
  });
});

describe('label preview in the site’s look', () => {
  const stored = JSON.parse(readFileSync(join(root, 'tests/fixtures/content/labels/blauer-engel.json'), 'utf8'));

  it('shows the label page: profile, product groups by name, criteria, § 34 VgV, tender wording and sources', () => {
    const html = render('labels', stored, { productGroups: { productgroups: { 'it-elektronik': { name: 'IT und Elektronik' } } } });
    expect(html).toContain('<article class="label-page">');
    const text = visible(html);
    expect(text).toContain(`Herausgeber ${stored.issuer}`);
    expect(text).toContain('Art Staatliches Umweltzeichen (ISO 14024 Typ I)');
    expect(text).toMatch(/Produktgruppen: [^.]*IT und Elektronik/);
    expect(text).toContain('Erfasste Stufen der Lieferkette');
    expect(html).toMatch(
      /<th class="kern-table__header" scope="row">Keine Zwangsarbeit \(ILO 29 mit Protokoll\)<\/th><td class="kern-table__cell"><span class="coverage coverage--unknown">/,
    );
    expect(text).toContain('Bedingungen des § 34 Abs. 2 VgV');
    expect(text).toContain('vermutet erfüllt');
    expect(text).toContain('Als Beleg gilt das Gütezeichen „Blauer Engel“ oder gleichwertig');
    expect(text).toContain('Vergabe unterhalb der EU-Schwellenwerte');
    expect(text).toContain(stored.sources[0]);
  });

  it('renders a new, half-filled label with every fact still unknown', () => {
    const text = visible(render('labels', { name: 'Neues Zeichen', criteria: { c29: { value: 'yes' } } }));
    expect(text).toContain('Neues Zeichen');
    expect(text).toContain('Keine Zwangsarbeit (ILO 29 mit Protokoll) ✓ abgedeckt');
    expect(text).toContain('Abschaffung der Zwangsarbeit (ILO 105) ? unbekannt');
    expect(text).toContain('Prüfung Unbekannt');
  });
});
