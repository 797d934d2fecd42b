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
  return {
    title: clean(`Aktuelles – ${settings.siteName}`),
    description: clean(settings.tagline),
    site,
    customData: '<language>de</language>',
    items: news.map((item) => ({
      title: clean(item.data.title),
      description: clean(item.data.summary),
      pubDate: new Date(`${item.data.date}T00:00:00Z`),
      link: routes.news(item.id),
    })),
  };
}
