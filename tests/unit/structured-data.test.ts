import { getRssString } from '@astrojs/rss';
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { newsFeed } from '../../src/lib/news-feed';
import { settingsSchema } from '../../src/schemas/settings';
import { breadcrumbLd, breadcrumbTrail, organizationLd, websiteLd } from '../../src/lib/structured-data';

const settings = settingsSchema.parse(JSON.parse(readFileSync('tests/fixtures/minimal-content/settings/site.json', 'utf8')));
const site = 'https://example.org';

describe('structured data', () => {
  it('names the organisation with its address and contact', () => {
    const org = organizationLd(settings, site);
    expect(org).toMatchObject({
      '@type': 'Organization',
      name: settings.organisation.name,
      url: 'https://example.org/',
      address: { postalCode: settings.organisation.postalCode, addressLocality: settings.organisation.city, addressCountry: 'DE' },
    });
  });

  it('offers the site search with the parameter the search page reads', () => {
    const target = websiteLd(settings, site).potentialAction.target.urlTemplate;
    expect(target).toBe('https://example.org/suche/?q={search_term_string}');
  });

  it('lists the breadcrumb trail from the start page to the page itself', () => {
    const trail = breadcrumbTrail([{ label: 'Seminare', href: '/seminare/' }, { label: 'Grundlagen' }]);
    const list = breadcrumbLd(trail, 'https://example.org/seminare/grundlagen/', site);
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Startseite', item: 'https://example.org/' },
      { '@type': 'ListItem', position: 2, name: 'Seminare', item: 'https://example.org/seminare/' },
      { '@type': 'ListItem', position: 3, name: 'Grundlagen', item: 'https://example.org/seminare/grundlagen/' },
    ]);
  });
});

describe('news feed', () => {
  const news = [
    { id: 'alt', data: { title: 'Alt', summary: 'Ältere Meldung', date: '2026-03-02' } },
    { id: 'neu', data: { title: 'Neu', summary: 'Neue Meldung', date: '2026-05-20' } },
  ];

  it('points to itself and is dated by its newest item', async () => {
    const xml = await getRssString(newsFeed(news, settings, site));
    const channel = new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel;
    expect(channel['atom:link']).toMatchObject({ '@_href': 'https://example.org/aktuelles/rss.xml', '@_rel': 'self' });
    expect(channel.lastBuildDate).toBe('Wed, 20 May 2026 00:00:00 GMT');
  });

  it('has no build date when there is no news', async () => {
    const xml = await getRssString(newsFeed([], settings, site));
    expect(xml).not.toContain('lastBuildDate');
  });
});
