import type { APIRoute } from 'astro';
import { buildTime } from '../lib/now';
import { calendarEntries, getUpcomingSeminars } from '../lib/seminars/collection';
import { seminarCalendar } from '../lib/seminars/ics';

/** All upcoming seminars as one subscribable calendar. */
export const GET: APIRoute = async ({ site }) => {
  const seminars = await getUpcomingSeminars();
  const body = seminarCalendar(calendarEntries(seminars), { site: site!, name: 'Seminare zur fairen Beschaffung', now: buildTime });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
