import yaml from 'js-yaml';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { berlinDay, berlinOffsetMinutes } from '../../src/lib/seminars/dates';
import { seminarSchema, type Seminar } from '../../src/schemas/seminar';

/**
 * Seminars whose dates lie relative to the day the test runs, so the browser tests see the same
 * states (open, deadline soon, waiting list, full, cancelled, ended, across a clock change) on
 * every day, whatever the sample content in content/seminars/ says.
 */

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** "2027-03-27", "10:00" → "2027-03-27T10:00:00+01:00", with the offset Berlin has at that moment. */
export function berlinTime(day: string, time: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, h, min);
  let instant = wall - berlinOffsetMinutes(new Date(wall)) * 60_000;
  instant = wall - berlinOffsetMinutes(new Date(instant)) * 60_000;
  const offset = berlinOffsetMinutes(new Date(instant));
  return `${day}T${time}:00+${String(offset / 60).padStart(2, '0')}:00`;
}

/** The first day at least `from` days after `day` on which Berlin's offset differs from the day before. */
function nextClockChange(day: string, from: number): string {
  const noonOffset = (d: string) => berlinOffsetMinutes(new Date(`${d}T12:00:00Z`));
  for (let n = from; n < from + 400; n++) {
    if (noonOffset(addDays(day, n)) !== noonOffset(addDays(day, n - 1))) return addDays(day, n);
  }
  throw new Error('Keine Zeitumstellung gefunden');
}

export interface FixtureSeminar {
  id: string;
  data: Seminar;
  /** The front matter as written to the file. */
  source: Record<string, unknown>;
}

const common = {
  audience: 'Beschäftigte aus Vergabestellen von Städten, Gemeinden und Landkreisen.',
  contact: 'seminare',
};

/** The seminars of the fixture, dated relative to `today` (a Berlin day). */
export function fixtureSeminars(today: string): FixtureSeminar[] {
  const on = (days: number) => addDays(today, days);
  const change = nextClockChange(today, 20);
  const raw: (Record<string, unknown> & { slug: string; title: string; start: string })[] = [
    {
      slug: 'frist-in-kuerze',
      title: 'Faire IT-Beschaffung kompakt',
      start: berlinTime(on(3), '09:00'),
      end: berlinTime(on(3), '12:00'),
      format: 'online',
      platform: 'Webex',
      topics: ['it'],
      status: 'open',
      registrationDeadline: on(2),
      registrationEmail: 'seminare@example.org',
      relatedProgramme: 'seminare',
    },
    {
      slug: 'textilien-online',
      title: 'Textilien fair einkaufen – Online-Vertiefung',
      start: berlinTime(on(10), '08:40'),
      end: berlinTime(on(10), '13:00'),
      format: 'online',
      platform: 'Webex',
      topics: ['textilien', 'guetezeichen'],
      status: 'open',
      registrationDeadline: on(5),
      registrationUrl: 'https://anmeldung.example.org/seminare/textilien',
      relatedProgramme: 'seminare',
    },
    {
      slug: 'kompass-abgesagt',
      title: 'Kompass-Vertiefung vor Ort',
      start: berlinTime(on(12), '10:00'),
      end: berlinTime(on(12), '15:00'),
      format: 'hybrid',
      platform: 'Webex',
      venue: { name: 'Rathaus Bonn', street: 'Berliner Platz 2', postalCode: '53111', city: 'Bonn' },
      topics: ['kompass'],
      status: 'cancelled',
      statusNote: 'Das Seminar entfällt; ein Ersatztermin folgt.',
      relatedProgramme: 'kompass-nachhaltigkeit',
    },
    {
      slug: 'vergaberecht-berlin',
      title: 'Grundlagenschulung Vergaberecht in Berlin',
      start: berlinTime(on(40), '09:30'),
      end: berlinTime(on(40), '15:30'),
      format: 'praesenz',
      venue: { name: 'Rotes Rathaus', street: 'Rathausstraße 15', postalCode: '10178', city: 'Berlin' },
      topics: ['vergaberecht'],
      status: 'waitlist',
      registrationDeadline: on(35),
      registrationEmail: 'seminare@example.org',
      agenda: [
        { time: '09:30', item: 'Begrüßung und Vorstellungsrunde' },
        { time: '10:00', item: 'Soziale Kriterien im Vergaberecht' },
        { time: '15:00', item: 'Fragen und Abschluss' },
      ],
      relatedProgramme: 'kompetenzstelle-berlin',
    },
    {
      slug: 'kompass-einfuehrung',
      title: 'Einführung in den Kompass Nachhaltigkeit',
      start: berlinTime(on(70), '10:00'),
      end: berlinTime(on(70), '12:00'),
      format: 'online',
      platform: 'Webex',
      topics: ['kompass'],
      status: 'full',
      registrationEmail: 'seminare@example.org',
      relatedProgramme: 'kompass-nachhaltigkeit',
    },
    {
      slug: 'netzwerk-zeitumstellung',
      title: 'Netzwerktreffen über die Zeitumstellung',
      start: berlinTime(addDays(change, -1), '10:00'),
      end: berlinTime(addDays(change, 1), '14:00'),
      format: 'praesenz',
      venue: { name: 'Gustav-Stresemann-Institut', street: 'Langer Grabenweg 68', postalCode: '53175', city: 'Bonn' },
      topics: ['netzwerk'],
      status: 'open',
      registrationEmail: 'seminare@example.org',
    },
    {
      slug: 'vergangen',
      title: 'Lebensmittel und Catering fair vergeben',
      start: berlinTime(on(-5), '09:00'),
      end: berlinTime(on(-5), '12:00'),
      format: 'online',
      platform: 'Webex',
      topics: ['lebensmittel'],
      status: 'open',
      registrationEmail: 'seminare@example.org',
    },
  ];
  return raw.map(({ slug, ...fields }) => {
    const data = {
      ...common,
      summary: `${fields.title}: ein Seminar der Prüfdaten, mit Terminen relativ zum Testtag.`,
      description: `${fields.title}. Ein erfundenes Seminar, mit dem die Browser-Tests den Seminarkalender prüfen.`,
      ...fields,
    };
    return { id: `${berlinDay(fields.start)}-${slug}`, data: seminarSchema.parse(data), source: data };
  });
}

/** Replaces `contentDir`/seminars with the given seminars as Markdown files. */
export function writeSeminars(contentDir: string, seminars: FixtureSeminar[]): void {
  const dir = join(contentDir, 'seminars');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  for (const s of seminars) {
    writeFileSync(join(dir, `${s.id}.md`), `---\n${yaml.dump(s.source, { lineWidth: -1 })}---\n\nInhalte des Seminars „${s.data.title}“.\n`);
  }
}
