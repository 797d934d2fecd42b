import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getNews } from '../../lib/news/collection';
import { getSettings } from '../../lib/settings';

export async function GET(context: APIContext) {
  const settings = await getSettings();
  const news = await getNews();
  return rss({
    title: `Aktuelles – ${settings.siteName}`,
    description: settings.tagline,
    site: context.site!,
    customData: '<language>de</language>',
    items: news.map((item) => ({
      title: item.data.title,
      description: item.data.summary,
      pubDate: new Date(`${item.data.date}T00:00:00Z`),
      link: `/aktuelles/${item.id}/`,
    })),
  });
}
