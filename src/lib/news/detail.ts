import type { Contact } from '../../schemas/contact';
import type { News } from '../../schemas/news';
import { contactCard, type ContactCardView } from '../contacts/card';
import { newsTopics } from '../../vocab/common';
import { formatDate } from '../format';

/** Everything a news page and its CMS preview show, decided once. */
export interface NewsDetail {
  title: string;
  /** ISO day and "29. Oktober 2025"; the text is empty while the form's date is unfinished. */
  date: { iso: string; text: string };
  /** "Themen: Vergaberecht, Textilien"; empty without topics. */
  topics: string;
  summary: string;
  contact?: ContactCardView;
}

/** `contact`: the item's contact, if it names one (the preview has it once the relation field has loaded it). */
export function newsDetail(n: Pick<News, 'title' | 'date' | 'topics' | 'summary'>, context: { contact?: Contact } = {}): NewsDetail {
  return {
    title: n.title,
    date: { iso: n.date, text: /^\d{4}-\d{2}-\d{2}$/.test(n.date) ? formatDate(n.date) : '' },
    topics: n.topics.length ? `Themen: ${n.topics.map((t) => newsTopics[t] ?? t).join(', ')}` : '',
    summary: n.summary,
    contact: context.contact && contactCard(context.contact, 'Ansprechpartner'),
  };
}
