import { describe, expect, it } from 'vitest';
import LabelDetail from '../../src/components/labels/LabelDetail.astro';
import { labelDetail } from '../../src/lib/labels/detail';
import { fixtureGroupNames, fixtureLabel } from '../unit/view-fixtures';
import { renderPage, renderPreview } from './render';
import { visibleSections } from './visible-text';

/** Form data as Decap holds it: the stored file's fields, plain JSON. */
const formData = (value: object) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

describe('the CMS preview shows what the page shows', () => {
  it('label: every section of the page reads the same in the preview', async () => {
    const label = fixtureLabel();
    const page = visibleSections(await renderPage(LabelDetail, { view: labelDetail(label, { groupNames: fixtureGroupNames }) }));
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
});
