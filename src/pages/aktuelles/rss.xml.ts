import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getNews } from '../../lib/news/collection';
import { newsFeed } from '../../lib/news-feed';
import { getSettings } from '../../lib/settings';

export async function GET(context: APIContext) {
  return rss(newsFeed(await getNews(), await getSettings(), context.site!));
}
