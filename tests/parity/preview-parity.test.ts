import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  fixtureContact,
  fixtureExample,
  fixtureGroupNames,
  fixtureLabel,
  fixtureNews,
  fixtureNorms,
  fixtureProgramme,
  fixtureSeminar,
  fixtureState,
} from '../unit/view-fixtures';
import { renderPage, renderPreview } from './render';
import { visibleSections } from './visible-text';

/** Form data as Decap holds it: the stored file's fields, plain JSON. */
const formData = (value: object) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
/** What Decap's relation field knows once it has loaded the entry's contact. */
const contactMeta = (id: string) => ({ contact: { contacts: { [id]: fixtureContact } } });

// One fixed "now" for the site's build time and the preview's present, so both show one state and stamp.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2036-02-01T10:00:00+01:00'));
});
afterAll(() => vi.useRealTimers());

describe('the CMS preview shows what the page shows', () => {
  it('label: every section of the page reads the same in the preview', async () => {
    const { default: LabelDetail } = await import('../../src/components/labels/LabelDetail.astro');
    const { labelDetail } = await import('../../src/lib/labels/detail');
    const label = fixtureLabel();
    const page = visibleSections(await renderPage(LabelDetail, { view: labelDetail(label, { groupNames: fixtureGroupNames, norms: fixtureNorms }) }));
    const groups = Object.fromEntries(Object.entries(fixtureGroupNames).map(([slug, name]) => [slug, { name }]));
    const preview = visibleSections(renderPreview('labels', formData(label), { productGroups: { productgroups: groups } }));
    expect(Object.keys(page)).toEqual([
      'Testzeichen Faire Pflastersteine',
      'Hinweise',
      'Was das Gütezeichen abdeckt',
      'Gütezeichen als Nachweis: § 34 VgV',
      'Externe Bewertungen',
      'Textbausteine für die Ausschreibung',
      'Quellen',
    ]);
    expect(preview).toEqual(page);
  });

  it('seminar: every section of the page reads the same in the preview', async () => {
    const { default: SeminarDetail } = await import('../../src/components/seminars/SeminarDetail.astro');
    const { seminarDetail } = await import('../../src/lib/seminars/detail');
    const seminar = fixtureSeminar();
    const body = 'Inhalte des Seminars: Kriterien, Nachweise und Beispiele.';
    const view = seminarDetail(seminar, {
      now: Date.now(),
      programme: { text: 'Netzwerk Faire Beschaffung', href: '/angebote/netzwerk/' },
      productGroups: [{ text: 'Textilien und Bekleidung', href: '/guetezeichen/produktgruppe/textilien/' }],
      contact: fixtureContact,
    });
    const page = visibleSections(await renderPage(SeminarDetail, { view, seminar }, { body: `<p>${body}</p>` }));
    const preview = visibleSections(
      renderPreview(
        'seminars',
        { ...formData(seminar), body },
        {
          relatedProgramme: { programmes: { netzwerk: { title: 'Netzwerk Faire Beschaffung' } } },
          productGroups: { productgroups: { textilien: { name: 'Textilien und Bekleidung' } } },
          ...contactMeta(seminar.contact),
        },
      ),
    );
    expect(Object.keys(page)).toEqual(['Faire Beschaffung von Arbeitskleidung', 'Anmeldung', 'Auf einen Blick', 'Inhalte', 'Fragen zum Seminar']);
    expect(page.Inhalte).toContain(body);
    expect(preview).toEqual(page);
  });

  it('news: the page and the preview read the same', async () => {
    const { default: NewsDetail } = await import('../../src/components/news/NewsDetail.astro');
    const { newsDetail } = await import('../../src/lib/news/detail');
    const news = fixtureNews({ contact: 'beratung' });
    const body = 'Die Arbeitshilfe steht zum Herunterladen bereit.';
    const page = visibleSections(await renderPage(NewsDetail, { view: newsDetail(news, { contact: fixtureContact }) }, { body: `<p>${body}</p>` }));
    const preview = visibleSections(renderPreview('news', { ...formData(news), body }, contactMeta('beratung')));
    expect(page['Neue Arbeitshilfe für faire Natursteine']).toContain(body);
    expect(page.Ansprechpartner).toContain('beratung@example.org');
    expect(preview).toEqual(page);
  });

  it('offering: every section of the page reads the same in the preview', async () => {
    const { default: ProgrammeDetail } = await import('../../src/components/programmes/ProgrammeDetail.astro');
    const { programmeDetail } = await import('../../src/lib/programmes/detail');
    const programme = fixtureProgramme();
    const body = 'Wir beraten zu Kriterien, Ausschreibung und Gütezeichen.';
    const page = visibleSections(
      await renderPage(ProgrammeDetail, { view: programmeDetail(programme, { contact: fixtureContact }) }, { body: `<p>${body}</p>` }),
    );
    const preview = visibleSections(renderPreview('programmes', { ...formData(programme), body }, contactMeta(programme.contact)));
    expect(Object.keys(page)).toEqual(['Beratung Faire Beschaffung', 'Was wir anbieten', 'Für wen', 'So nehmen Sie teil', 'Kontakt zu diesem Angebot']);
    expect(page['So nehmen Sie teil']).toContain('Anmeldung im Portal (Link geprüft am 1. November 2026)');
    expect(preview).toEqual(page);
  });

  it('practice example: every section of the page reads the same in the preview', async () => {
    const { default: ExampleDetail } = await import('../../src/components/examples/ExampleDetail.astro');
    const { exampleDetail } = await import('../../src/lib/examples/detail');
    const example = fixtureExample();
    const names = { stateName: () => 'Musterland', groupName: () => 'Textilien und Bekleidung', labelName: () => 'Testzeichen' };
    const page = visibleSections(await renderPage(ExampleDetail, { view: exampleDetail(example, names) }));
    const preview = visibleSections(
      renderPreview('examples', formData(example), {
        state: { states: { musterland: { name: 'Musterland' } } },
        productGroups: { productgroups: { textilien: { name: 'Textilien und Bekleidung' } } },
        labels: { labels: { testzeichen: { name: 'Testzeichen' } } },
      }),
    );
    expect(Object.keys(page)).toEqual([
      'Faire Arbeitskleidung für den Bauhof der Musterstadt',
      'Was gefordert war',
      'Was dabei herauskam',
      'Dokumente',
      'Quellen',
    ]);
    expect(page['Faire Arbeitskleidung für den Bauhof der Musterstadt']).toContain('Musterland');
    expect(preview).toEqual(page);
  });

  it('Land: every section of the page reads the same in the preview', async () => {
    const { default: StateDetail } = await import('../../src/components/states/StateDetail.astro');
    const { stateDetail } = await import('../../src/lib/states/detail');
    const state = fixtureState();
    const page = visibleSections(await renderPage(StateDetail, { view: stateDetail(state, { labelName: () => 'Testzeichen' }) }));
    const preview = visibleSections(
      renderPreview('states', formData(state), { 'cemeteryStone.certificates': { labels: { testzeichen: { name: 'Testzeichen' } } } }),
    );
    expect(Object.keys(page)).toEqual([
      'Vergaberecht in Musterland',
      'Vergabe- oder Tariftreuegesetz',
      'Soziale Kriterien und ILO-Kernarbeitsnormen',
      'Gilt das für Kommunen?',
      'Unterschwellenvergabeordnung (UVgO) für Kommunen',
      'Grabsteine und Natursteine aus Kinderarbeit',
      'Was unsicher ist',
      'Amtliche Texte und Portale',
      'Quellen',
    ]);
    expect(page['Grabsteine und Natursteine aus Kinderarbeit']).toContain('Testzeichen');
    expect(preview).toEqual(page);
  });
});
