import type { APIRoute, GetStaticPaths } from 'astro';
import { buildTime } from '../../lib/now';
import { calendarEntries, getSeminars, type SeminarEntry } from '../../lib/seminars/collection';
import { seminarCalendar } from '../../lib/seminars/ics';

export const getStaticPaths = (async () => {
  const seminars = await getSeminars();
  return seminars.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

/** One seminar as a calendar file for "In den Kalender eintragen". */
export const GET: APIRoute<{ entry: SeminarEntry }> = ({ props, site }) => {
  const body = seminarCalendar(calendarEntries([props.entry]), { site: site!, name: props.entry.data.title, now: buildTime });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
