import type { RSSOptions } from '@astrojs/rss';
import { withoutControlCharacters as clean } from './plain-text';
import { routes } from './routes';

export interface FeedNews {
  id: string;
  data: { title: string; summary: string; date: string };
}

/**
 * The RSS feed of the news, as options for @astrojs/rss, which escapes the text for XML.
 * Control characters are dropped first: XML 1.0 cannot hold them even escaped.
 */
export function newsFeed(news: readonly FeedNews[], settings: { siteName: string; tagline: string }, site: URL | string): RSSOptions {
  const pubDate = (item: FeedNews) => new Date(`${item.data.date}T00:00:00Z`);
  // The feed changes when a news item does, so its newest item dates it (not the build, which would
  // make every rebuild look like new content to feed readers).
  const newest = news.map(pubDate).sort((a, b) => b.getTime() - a.getTime())[0];
  const self = new URL(routes.newsFeed, site).href;
  return {
    title: clean(`Aktuelles – ${settings.siteName}`),
    description: clean(settings.tagline),
    site,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>de</language>',
      `<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
      ...(newest ? [`<lastBuildDate>${newest.toUTCString()}</lastBuildDate>`] : []),
    ].join(''),
    items: news.map((item) => ({
      title: clean(item.data.title),
      description: clean(item.data.summary),
      pubDate: pubDate(item),
      link: routes.news(item.id),
    })),
  };
}
