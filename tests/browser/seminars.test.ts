import AxeBuilder from '@axe-core/playwright';
import ical, { type CalendarComponent, type VEvent } from 'node-ical';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { berlinDay, berlinMonth, nextDay, startOfBerlinDay, upcoming } from '../../src/lib/seminars/dates';
import { formatDate } from '../../src/lib/format';
import { formatBerlinDate, formatMonth } from '../../src/lib/seminars/format';
import { launchBrowser } from '../../scripts/harness/browser';
import { buildFixture, fixtureRepository } from './fixture-site';
import { fixtureSeminars, writeSeminars } from './seminar-fixture';
import { startPreview, type Server } from '../../scripts/harness/server';
import { routes } from '../../src/lib/routes';

/*
 * These tests build their own copy of the fixture site whose seminars are dated relative to today
 * (tests/browser/seminar-fixture.ts), so they expect the same states on every day. All fixture
 * dates lie whole days apart from today, so "now" during the test equals the build time for them.
 */
const isEvent = (c: CalendarComponent | undefined): c is VEvent => c?.type === 'VEVENT';

const now = new Date();
const seminars = fixtureSeminars(berlinDay(now));
const bySlug = (slug: string) => seminars.find((s) => s.id.endsWith(`-${slug}`))!;
const next = upcoming(seminars, now);

let repo: ReturnType<typeof fixtureRepository> | undefined;
let server: Server | undefined;
let browser: Browser;
const url = (path: string) => server!.url + path;

beforeAll(async () => {
  repo = fixtureRepository();
  writeSeminars(join(repo.dir, 'content'), seminars);
  const build = await buildFixture(repo.dir);
  if (build.code !== 0) throw new Error(`Build der Prüfseiten fehlgeschlagen:\n${build.output}`);
  server = await startPreview(repo.dir);
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  repo?.remove();
});

async function open(path: string, options: { javaScript?: boolean; now?: string; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true, viewport: { width: options.width ?? 1200, height: 900 } });
  const page = await context.newPage();
  if (options.now) await page.clock.setFixedTime(new Date(options.now));
  await page.goto(url(path));
  return page;
}
const close = (page: Page) => page.context().close();
const visibleCards = (page: Page) => page.locator('[data-seminar-item]:visible h3').allTextContents();

describe('/seminare/ without JavaScript', () => {
  it('lists every upcoming seminar by month with date, format, place, status and deadline', async () => {
    const page = await open('/seminare/', { javaScript: false });
    expect(next.length).toBe(seminars.length - 1);
    const months = [...new Set(next.map((s) => berlinMonth(s.data.start)))].map(formatMonth);
    expect(await page.locator('main h2').allTextContents()).toEqual(months);
    expect(await visibleCards(page)).toEqual(next.map((s) => s.data.title));

    const textiles = bySlug('textilien-online');
    const text = (await page.locator('[data-seminar-item]', { hasText: textiles.data.title }).innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('8:40 bis 13:00 Uhr');
    expect(text).toContain('Format Online');
    expect(text).toContain('Plattform Webex');
    expect(text).toContain('Status Anmeldung möglich');
    expect(text).toContain(`Anmeldeschluss ${formatDate(textiles.data.registrationDeadline!)}`);
    const inPerson = (await page.locator('[data-seminar-item]', { hasText: bySlug('vergaberecht-berlin').data.title }).innerText()).replace(/\s+/g, ' ');
    expect(inPerson).toContain('Format Präsenz');
    expect(inPerson).toContain('Ort Berlin');
    // Over the night the clocks change, both times stay the Berlin wall-clock times.
    const overnight = (await page.locator('[data-seminar-item]', { hasText: bySlug('netzwerk-zeitumstellung').data.title }).innerText()).replace(/\s+/g, ' ');
    expect(overnight).toMatch(/10:00 Uhr, bis \w+, [^,]+, 14:00 Uhr/);

    expect(await page.locator('[data-seminar-filters]').isVisible()).toBe(false);
    expect(await page.getByText('Ohne JavaScript zeigt diese Seite alle kommenden Termine').isVisible()).toBe(true);
    expect(await page.locator('nav[aria-label="Monate"] a').count()).toBe(months.length);
    expect(
      await page
        .getByText(/^Stand: \d+\. \w+ 20\d\d, \d+:\d\d Uhr$/)
        .first()
        .isVisible(),
    ).toBe(true);
    await close(page);
  });

  it('shows waiting list, booked out and cancelled seminars as such', async () => {
    const page = await open('/seminare/', { javaScript: false });
    for (const [title, label] of [
      [bySlug('vergaberecht-berlin').data.title, 'Nur noch Warteliste'],
      [bySlug('kompass-einfuehrung').data.title, 'Ausgebucht'],
      [bySlug('kompass-abgesagt').data.title, 'Abgesagt'],
      [bySlug('frist-in-kuerze').data.title, 'Anmeldung möglich'],
    ]) {
      expect(await page.locator('[data-seminar-item]', { hasText: title }).locator('.kern-badge', { hasText: label }).count()).toBeGreaterThan(0);
    }
    await close(page);
  });

  it('a detail page never invites registration without its deadline and the date of the page', async () => {
    const s = bySlug('textilien-online');
    const page = await open(routes.seminar(s.id), { javaScript: false });
    const cta = page.locator('[data-seminar-cta]');
    expect(await cta.getByRole('link', { name: 'Jetzt anmelden' }).isVisible()).toBe(true);
    expect((await cta.innerText()).replace(/\s+/g, ' ')).toMatch(
      new RegExp(`Anmeldung bis ${formatDate(s.data.registrationDeadline!)} \\(bis 23:59 Uhr\\).*Stand: `),
    );
    await close(page);
  });
});

describe('/seminare/ filters with JavaScript', () => {
  it('filters in place, announces the count and keeps the state in the URL', async () => {
    const page = await open('/seminare/');
    const form = page.getByRole('search', { name: 'Seminare filtern' });
    expect(await form.isVisible()).toBe(true);
    expect(await page.getByText('Ohne JavaScript zeigt diese Seite alle kommenden Termine').isVisible()).toBe(false);
    await page.getByLabel('Thema', { exact: true }).selectOption('textilien');
    await page.waitForURL(/\?thema=textilien$/);
    const textiles = next.filter((s) => s.data.topics.includes('textilien'));
    expect(textiles.length).toBe(1);
    expect(await visibleCards(page)).toEqual(textiles.map((s) => s.data.title));
    const live = page.locator('[aria-live="polite"][data-seminar-count]');
    expect(await live.textContent()).toBe(`${textiles.length} ${textiles.length === 1 ? 'Seminar' : 'Seminare'} gefunden`);
    // Months without a match disappear, together with their jump link.
    expect(await page.locator('main h2:visible').count()).toBe(new Set(textiles.map((s) => berlinMonth(s.data.start))).size);

    await page.getByLabel('Format', { exact: true }).selectOption('praesenz');
    await page.waitForURL(/\?thema=textilien&format=praesenz$/);
    expect(await visibleCards(page)).toEqual([]);
    expect(await live.textContent()).toBe('Keine Seminare gefunden');

    await page.getByRole('link', { name: 'Filter zurücksetzen' }).click();
    await page.waitForURL(/\/seminare\/$/);
    expect((await visibleCards(page)).length).toBe(next.length);
    await close(page);
  });

  it('restores the filter from a shared URL and drops malformed values', async () => {
    const page = await open('/seminare/?thema=kompass&format=online&monat=2027-13&x=%3Cb%3E');
    await page.waitForURL(/\/seminare\/\?thema=kompass&format=online$/);
    expect(await page.getByLabel('Thema', { exact: true }).inputValue()).toBe('kompass');
    expect(await page.getByLabel('Monat', { exact: true }).inputValue()).toBe('');
    const expected = next.filter((s) => s.data.topics.includes('kompass') && s.data.format === 'online');
    expect(expected.map((s) => s.id)).toEqual([bySlug('kompass-einfuehrung').id]);
    expect(await visibleCards(page)).toEqual(expected.map((s) => s.data.title));
    await close(page);
  });

  it('works with the keyboard and passes axe-core with filters open, also at 320 px', async () => {
    const page = await open(`/seminare/?monat=${berlinMonth(bySlug('textilien-online').data.start)}`, { width: 320 });
    await page.getByLabel('Thema', { exact: true }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-format');
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await close(page);
  });
});

describe('dates stay right after the build (visitor clock)', () => {
  it('hides seminars that have ended since the build and points to the archive', async () => {
    const later = new Date(now.getTime() + 45 * 86_400_000).toISOString();
    const page = await open('/seminare/', { now: later });
    const expected = upcoming(seminars, new Date(later));
    expect(await visibleCards(page)).toEqual(expected.map((s) => s.data.title));
    const ended = next.length - expected.length;
    expect(ended).toBeGreaterThan(1);
    const note = page.locator('[data-seminar-ended-note]');
    expect(await note.innerText()).toContain(`${ended} Seminare haben seit dem Stand dieser Seite stattgefunden.`);
    expect(await note.getByRole('link', { name: 'Seminararchiv' }).getAttribute('href')).toBe('/seminare/archiv/');
    await close(page);
  });

  it('turns the call to action into "Anmeldung geschlossen" after the deadline, and later into "hat stattgefunden"', async () => {
    const s = bySlug('textilien-online');
    const deadlineOver = startOfBerlinDay(nextDay(s.data.registrationDeadline!)).getTime();
    // One second after the deadline day ended in Berlin.
    const page = await open(routes.seminar(s.id), { now: new Date(deadlineOver + 1000).toISOString() });
    const cta = page.locator('[data-seminar-cta]');
    expect(await cta.getByRole('link', { name: 'Jetzt anmelden' }).isVisible()).toBe(false);
    expect(await cta.getByText('Anmeldung geschlossen').isVisible()).toBe(true);
    expect(await page.locator('.seminar-detail__when .kern-badge').textContent()).toBe('Anmeldung geschlossen');
    await close(page);

    // 23:59 Berlin time on the deadline day.
    const onTime = await open(routes.seminar(s.id), { now: new Date(deadlineOver - 60_000).toISOString() });
    expect(await onTime.locator('[data-seminar-cta]').getByRole('link', { name: 'Jetzt anmelden' }).isVisible()).toBe(true);
    await close(onTime);

    const after = await open(routes.seminar(s.id), { now: new Date(Date.parse(s.data.end) + 86_400_000).toISOString() });
    expect(await after.locator('[data-seminar-cta]').getByText('Dieses Seminar hat stattgefunden').isVisible()).toBe(true);
    expect(await after.locator('[data-seminar-cta] a.kern-btn').isVisible()).toBe(false);
    await close(after);
  });

  it('the start page replaces an ended seminar in "Nächste Seminare" with the next one', async () => {
    const first = next[0];
    const later = new Date(Date.parse(first.data.end) + 1000);
    const page = await open('/', { now: later.toISOString() });
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Nächste Seminare' }) });
    const titles = await section.locator('[data-seminar-item]:visible h3').allTextContents();
    expect(titles).not.toContain(first.data.title);
    expect(titles).toEqual(
      upcoming(seminars, later)
        .slice(0, 3)
        .map((s) => s.data.title),
    );
    expect(await section.locator('[data-seminar-ended-note]').isVisible()).toBe(true);
    await close(page);
  });
});

describe('detail pages', () => {
  it('carry valid schema.org Event data for every seminar', async () => {
    const page = await open('/', { javaScript: false });
    for (const s of seminars) {
      await page.goto(url(routes.seminar(s.id)));
      const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
      expect(data.map((d) => d['@type']).sort()).toEqual(['BreadcrumbList', 'Event']);
      const ld = data.find((d) => d['@type'] === 'Event');
      expect(Date.parse(ld.startDate)).toBe(Date.parse(s.data.start));
      expect(Date.parse(ld.endDate)).toBe(Date.parse(s.data.end));
      expect(ld.eventAttendanceMode).toMatch(/^https:\/\/schema\.org\/(Online|Offline|Mixed)EventAttendanceMode$/);
      expect(ld.eventStatus).toBe(s.data.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled');
      expect(ld.location).toBeTruthy();
      expect(ld.organizer.name).toBeTruthy();
      expect(ld.offers).toMatchObject({ priceCurrency: 'EUR' });
      expect(await page.getByRole('link', { name: 'In den Kalender eintragen (.ics)' }).getAttribute('href')).toBe(routes.seminarCalendar(s.id));
    }
    await close(page);
  });

  it('fit a 320 px wide screen, agenda table included', async () => {
    const withAgenda = seminars.find((s) => s.data.agenda.length > 0 && s.data.venue)!;
    const page = await open(routes.seminar(withAgenda.id), { width: 320 });
    expect(await page.locator('table caption').textContent()).toBe('Ablauf');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await close(page);
  });

  it('are indexed for search with a German date; list pages are not', async () => {
    const s = bySlug('textilien-online');
    const page = await open(routes.seminar(s.id), { javaScript: false });
    expect(await page.locator('[data-pagefind-filter="Bereich"]').textContent()).toBe('Seminar');
    expect(await page.locator('[data-pagefind-meta="Datum"]').textContent()).toBe(formatBerlinDate(s.data.start));
    await page.goto(url('/seminare/'));
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    await close(page);
  });
});

describe('calendar files', () => {
  it('every .ics parses with node-ical and has the times of its seminar', async () => {
    const icsPaths = [
      '/seminare.ics',
      ...readdirSync(join(repo!.dir, 'dist/seminare'))
        .filter((f) => f.endsWith('.ics'))
        .map((f) => `/seminare/${f}`),
    ];
    expect(icsPaths.length).toBe(seminars.length + 1);
    for (const path of icsPaths) {
      const response = await fetch(url(path));
      expect(response.status).toBe(200);
      const events = Object.values(ical.sync.parseICS(await response.text())).filter(isEvent);
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) {
        const slug = event.uid.split('@')[0];
        const s = seminars.find((x) => x.id === slug)!;
        expect(s, event.uid).toBeTruthy();
        expect(event.start.getTime()).toBe(Date.parse(s.data.start));
        expect(event.end?.getTime()).toBe(Date.parse(s.data.end));
        expect(event.status).toBe(s.data.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED');
      }
    }
  });

  it('the feed holds exactly the upcoming seminars with unique, stable UIDs', async () => {
    const text = await (await fetch(url('/seminare.ics'))).text();
    const uids = Object.values(ical.sync.parseICS(text))
      .filter(isEvent)
      .map((e) => e.uid);
    expect(uids).toEqual(next.map((s) => `${s.id}@${uids[0].split('@')[1]}`));
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids.every((u) => /^[a-z0-9-]+@[a-z0-9.-]+$/.test(u))).toBe(true);
  });
});

describe('start page and offering pages', () => {
  it('the start page lists the next three seminars', async () => {
    const page = await open('/', { javaScript: false });
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Nächste Seminare' }) });
    expect(await section.locator('[data-seminar-item]:visible h3').allTextContents()).toEqual(next.slice(0, 3).map((s) => s.data.title));
    await close(page);
  });

  it('the seminar offering lists all upcoming seminars, another offering only its own', async () => {
    const page = await open('/angebote/seminare/', { javaScript: false });
    expect(await page.locator('[data-seminar-item] h3').count()).toBe(next.length);
    await page.goto(url('/angebote/kompass-nachhaltigkeit/'));
    const kompass = next.filter((s) => s.data.relatedProgramme === 'kompass-nachhaltigkeit');
    expect(kompass.length).toBe(2);
    expect(await page.locator('[data-seminar-item] h3').allTextContents()).toEqual(kompass.map((s) => s.data.title));
    await page.goto(url('/angebote/ausstellungsparcours/'));
    expect(await page.locator('[data-seminar-item]').count()).toBe(0);
    await close(page);
  });
});
