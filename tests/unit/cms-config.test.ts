import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsConfig, collectionConfig, collectionFields, type CmsField } from '../../admin/config';
import { germanSlug, withoutHelperFields } from '../../admin/file-names';
import { describeProblems, problemsBeforeSave, withoutBlanks } from '../../admin/validate';
import { checkContent } from '../../src/lib/content-check';
import { dateOnly, dateTimeWithOffset, externalUrl } from '../../src/schemas/fields';
import { collections, collectionSpec, type CollectionSpec } from '../../src/schemas/registry';
import { bundeslaender, newsTopics } from '../../src/vocab/common';
import { coverage, verificationTypes, vgvStatus } from '../../src/vocab/labels';
import { renderSummary } from './cms-summaries';
import { root } from './helpers';

/**
 * An independent walk of each zod schema: what the form must offer for every field. It does
 * not reuse the generator's code, so a generator that drops or misreads a field fails here.
 */
interface Expected {
  path: string;
  required: boolean;
  hint?: string;
  enumValues?: string[];
  date?: 'date' | 'date-time';
  reference?: string;
}

function peel(schema: any): { inner: any; optional: boolean } {
  let optional = false;
  let current = schema;
  for (;;) {
    const d = current._zod.def;
    if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable') {
      optional = true;
      current = d.innerType;
    } else if (d.type === 'pipe') current = d.out;
    else return { inner: current, optional };
  }
}

function describeOf(schema: any): string | undefined {
  let current = schema;
  for (;;) {
    if (current.description) return current.description;
    const d = current._zod.def;
    if (d.innerType) current = d.innerType;
    else if (d.type === 'pipe') current = d.out;
    else return undefined;
  }
}

function walk(shape: Record<string, any>, prefix: string, spec: CollectionSpec, insideOptional: boolean, out: Expected[]) {
  for (const [name, schema] of Object.entries(shape)) {
    const path = prefix ? `${prefix}.${name}` : name;
    const { inner, optional } = peel(schema);
    const d = inner._zod.def;
    const reference = spec.references?.find((r) => r.field === path || r.field === `${path}[]`)?.collection;
    const expected: Expected = { path, required: !optional && !insideOptional, hint: describeOf(schema), reference };
    if (d.type === 'enum') expected.enumValues = Object.values(d.entries);
    if (d.type === 'array' && peel(d.element).inner._zod.def.type === 'enum') expected.enumValues = Object.values(peel(d.element).inner._zod.def.entries);
    if (inner.meta?.()?.format === 'date' || schema.meta?.()?.format === 'date') expected.date = 'date';
    if (d.format === 'datetime' || inner.meta?.()?.format === 'date-time' || schema.meta?.()?.format === 'date-time') expected.date = 'date-time';
    out.push(expected);
    if (d.type === 'object') walk(d.shape, path, spec, insideOptional || optional, out);
    if (d.type === 'array' && peel(d.element).inner._zod.def.type === 'object') walk(peel(d.element).inner._zod.def.shape, `${path}[]`, spec, false, out);
  }
  return out;
}

function expectedFields(spec: CollectionSpec): Expected[] {
  return walk(peel(spec.schema).inner._zod.def.shape, '', spec, false, []);
}

function flatten(fields: CmsField[], prefix = ''): Map<string, CmsField> {
  const out = new Map<string, CmsField>();
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    out.set(path, field);
    if (field.widget === 'object') for (const [k, v] of flatten(field.fields as CmsField[], path)) out.set(k, v);
    if (field.widget === 'list' && field.fields) for (const [k, v] of flatten(field.fields as CmsField[], `${path}[]`)) out.set(k, v);
  }
  return out;
}

/** Differences between what a schema needs and what a list of CMS fields offers, one line each. */
function drift(spec: CollectionSpec, fields: CmsField[]): string[] {
  const actual = flatten(fields.filter((f) => f.name !== 'body'));
  const expected = expectedFields(spec);
  const problems: string[] = [];
  for (const e of expected) {
    const field = actual.get(e.path);
    const where = `${spec.name}.${e.path}`;
    if (!field) {
      problems.push(`${where}: fehlt im CMS`);
      continue;
    }
    if (field.required !== e.required) problems.push(`${where}: required ${field.required} statt ${e.required}`);
    if (field.hint !== e.hint) problems.push(`${where}: Hinweis „${field.hint}“ statt „${e.hint}“`);
    if (e.reference) {
      if (field.widget !== 'relation' || field.collection !== e.reference) problems.push(`${where}: kein Verweis auf ${e.reference}`);
    } else if (e.enumValues) {
      const values = ((field.options as { value: string }[] | undefined) ?? []).map((o) => o.value);
      if (field.widget !== 'select' || JSON.stringify(values) !== JSON.stringify(e.enumValues))
        problems.push(`${where}: Auswahl ${values.join(', ')} statt ${e.enumValues.join(', ')}`);
    }
    if (e.date === 'date' && (field.widget !== 'datetime' || field.format !== 'YYYY-MM-DD' || field.time_format !== false))
      problems.push(`${where}: kein Datumsfeld JJJJ-MM-TT`);
    if (e.date === 'date-time' && (field.widget !== 'datetime' || field.format !== 'YYYY-MM-DDTHH:mm:ssZ'))
      problems.push(`${where}: kein Zeitpunkt mit Zeitzone`);
  }
  for (const path of actual.keys()) {
    if (!expected.some((e) => e.path === path)) problems.push(`${spec.name}.${path}: steht im CMS, aber nicht im Schema`);
  }
  return problems;
}

describe('CMS configuration derived from the schemas', () => {
  it('has a collection for every content type, in registry order', () => {
    const config = cmsConfig();
    expect((config.collections as { name: string }[]).map((c) => c.name)).toEqual(collections.map((c) => c.name));
  });

  for (const spec of collections) {
    it(`${spec.name}: every schema field, required flag, option list, date format and hint is in the form`, () => {
      expect(drift(spec, collectionFields(spec))).toEqual([]);
    });
  }

  it('every field has a label an editor can tell apart from its neighbours', () => {
    const problems: string[] = [];
    const check = (fields: CmsField[], where: string) => {
      const seen = new Set<string>();
      for (const f of fields) {
        if (seen.has(f.label)) problems.push(`${where}${f.name}: Beschriftung „${f.label}“ doppelt`);
        seen.add(f.label);
        if (!/^[A-ZÄÖÜ§][^=“]*$/.test(f.label) || f.label === f.name) problems.push(`${where}${f.name}: Beschriftung „${f.label}“`);
        if (f.fields) check(f.fields as CmsField[], `${where}${f.name}.`);
      }
    };
    for (const spec of collections) check(collectionFields(spec), `${spec.name}.`);
    expect(problems).toEqual([]);
  });

  it('the drift check fails when a schema gains a field the form does not have', () => {
    const news = collectionSpec('news');
    const stale = collectionFields(news);
    const grown = { ...news, schema: (news.schema as z.ZodObject).extend({ subtitle: z.string().describe('Unterzeile.') }) };
    expect(drift(grown, stale)).toEqual(['news.subtitle: fehlt im CMS']);
    expect(drift(grown, collectionFields(grown))).toEqual([]);
  });

  it('the drift check fails on a changed required flag, option list or hint', () => {
    const news = collectionSpec('news');
    const fields = structuredClone(collectionFields(news));
    fields.find((f) => f.name === 'title')!.required = false;
    (fields.find((f) => f.name === 'topics')!.options as unknown[]).pop();
    fields.find((f) => f.name === 'summary')!.hint = 'anders';
    expect(drift(news, fields)).toHaveLength(3);
  });

  it('writes dates as YYYY-MM-DD text, starting required ones at today', () => {
    const date = collectionFields(collectionSpec('news')).find((f) => f.name === 'date')!;
    expect(date).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, required: true, default: '{{now}}' });
    const lastUpdated = collectionFields(collectionSpec('pages')).find((f) => f.name === 'lastUpdated')!;
    expect(lastUpdated).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', required: false });
    expect(lastUpdated.default).toBeUndefined();
  });

  it('offers vocabulary labels, list lengths, number bounds and references', () => {
    const news = collectionFields(collectionSpec('news'));
    expect(news.find((f) => f.name === 'topics')).toMatchObject({
      widget: 'select',
      multiple: true,
      min: 1,
      options: Object.entries(newsTopics).map(([value, label]) => ({ label, value })),
    });
    expect(news.find((f) => f.name === 'contact')).toMatchObject({
      widget: 'relation',
      collection: 'contacts',
      value_field: '{{slug}}',
      required: false,
      display_fields: ['name'],
    });
    const programmes = collectionFields(collectionSpec('programmes'));
    expect(programmes.find((f) => f.name === 'order')).toMatchObject({ widget: 'number', value_type: 'int', min: 1, max: 99 });
    expect(programmes.find((f) => f.name === 'keyFacts')).toMatchObject({ widget: 'list', max: 8, required: false });
    const awards = flatten(collectionFields(collectionSpec('competition')));
    expect(awards.get('awards[].land')).toMatchObject({ widget: 'select', required: false });
    expect((awards.get('awards[].land')!.options as { value: string }[]).map((o) => o.value)).toEqual([...bundeslaender]);
    expect(awards.get('awards[].amount')).toMatchObject({ widget: 'number', value_type: 'int', min: 0 });
    expect(awards.get('sources')).toMatchObject({ widget: 'list', min: 1, label: 'Quellen' });
  });

  it('takes select labels from the enum itself, for every enum of every collection', () => {
    const labels = flatten(collectionFields(collectionSpec('labels')));
    expect(labels.get('verification.value')!.options).toEqual(Object.entries(verificationTypes).map(([value, label]) => ({ label, value })));
    expect(labels.get('vgv.c1.value')!.options).toEqual(Object.entries(vgvStatus).map(([value, label]) => ({ label, value })));
    expect(labels.get('criteria.c29.value')!.options).toEqual(Object.entries(coverage).map(([value, label]) => ({ label, value })));
    for (const spec of collections) {
      for (const [path, field] of flatten(collectionFields(spec))) {
        if (field.widget !== 'select' || path === 'awards[].land') continue;
        for (const option of field.options as { label: string; value: string }[]) expect(option.label, `${spec.name} ${path}`).not.toBe(option.value);
      }
    }
  });

  it('makes images an optional object whose alt text the pre-save check enforces', () => {
    const image = collectionFields(collectionSpec('news')).find((f) => f.name === 'image')!;
    expect(image).toMatchObject({ widget: 'object', required: false });
    const [src, alt] = image.fields as CmsField[];
    expect(src).toMatchObject({ name: 'src', widget: 'image', required: false });
    expect(alt).toMatchObject({ name: 'alt', widget: 'text', required: false, label: 'Alternativtext' });
    expect(alt.hint).toContain('Pflicht, sobald ein Bild gesetzt ist');
    expect(cmsConfig()).toMatchObject({ media_folder: 'content/media', public_folder: 'media' });
  });

  it('keeps the settings as a fixed file editors cannot add to or delete', () => {
    const settings = collectionConfig(collectionSpec('settings'));
    expect(settings.folder).toBeUndefined();
    expect(settings.files).toEqual([expect.objectContaining({ name: 'site', file: 'content/settings/site.json', format: 'json' })]);
  });

  it('names new entries the way existing files are named', () => {
    expect(collectionConfig(collectionSpec('news'))).toMatchObject({
      folder: 'content/news',
      extension: 'md',
      format: 'yaml-frontmatter',
      slug: '{{fields.date}}-{{fields.__fileName}}',
    });
    expect(collectionConfig(collectionSpec('competition'))).toMatchObject({ extension: 'json', format: 'json', slug: '{{fields.year}}' });
    expect(collectionConfig(collectionSpec('seminars'))).toMatchObject({ folder: 'content/seminars', slug: '{{fields.__fileName}}' });
    expect(collectionConfig(collectionSpec('contacts'))).toMatchObject({ slug: '{{fields.__fileName}}' });
  });

  it('spells out umlauts in file names as the existing files do', () => {
    expect(germanSlug('Einführung in den Kompass Nachhaltigkeit')).toBe('einfuehrung-in-den-kompass-nachhaltigkeit');
    expect(germanSlug('Grüner Knopf')).toBe('gruener-knopf');
    expect(germanSlug('Österreichisches Umweltzeichen')).toBe('oesterreichisches-umweltzeichen');
    expect(germanSlug('Fünf Jahre Kompetenzstelle Berlin')).toBe('fuenf-jahre-kompetenzstelle-berlin');
    expect(germanSlug('Preisverleihung „Hauptstadt des Fairen Handels“ 2025')).toBe('preisverleihung-hauptstadt-des-fairen-handels-2025');
    expect(germanSlug('Straßenbäume & Café-Möbel')).toBe('strassenbaeume-cafe-moebel');
    // Decomposed umlauts (u + combining diaeresis), as some keyboards and copy-paste produce them.
    expect(germanSlug('Gu\u0308tezeichen')).toBe('guetezeichen');
    expect(withoutHelperFields({ title: 'x', __fileName: 'x', __source: '---\n', __list: { status: 'Aktiv' } })).toEqual({ title: 'x' });
  });

  it('every pattern compiles without flags and accepts every value already in content/', () => {
    const { entries, problems } = checkContent(join(root, 'content'), collections);
    expect(problems).toEqual([]);
    const failures: string[] = [];
    for (const spec of collections) {
      const fields = flatten(collectionFields(spec));
      for (const [path, field] of fields) {
        const pattern = field.pattern ?? (field.field as CmsField | undefined)?.pattern;
        if (!pattern) continue;
        const regex = new RegExp(pattern[0]);
        const values = entries.filter((e) => e.collection === spec.name).flatMap((e) => valuesAt(e.data, path.split('.')));
        for (const value of values.flat()) if (typeof value === 'string' && !regex.test(value)) failures.push(`${spec.name}.${path}: ${value}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('patterns refuse what the schema refuses', () => {
    const contacts = collectionFields(collectionSpec('contacts'));
    const email = new RegExp((contacts.find((f) => f.name === 'email')!.pattern as string[])[0]);
    expect(email.test('info@example.org')).toBe(true);
    expect(email.test('info at example')).toBe(false);
    const nav = flatten(collectionFields(collectionSpec('settings'))).get('mainNav[].href')!;
    const href = new RegExp((nav.pattern as string[])[0]);
    expect(['/angebote/', 'https://www.example.org/x'].every((v) => href.test(v))).toBe(true);
    expect(['angebote', 'ftp://example.org'].some((v) => href.test(v))).toBe(false);
  });

  it('handles shapes of content types still to come without hand work', () => {
    const yesNo = { yes: 'Ja', no: 'Nein', unknown: 'Unbekannt' } as const;
    const seminarLike = z
      .object({
        title: z.string().min(3).describe('Titel des Seminars.'),
        start: z.iso.datetime({ offset: true }).describe('Beginn mit Zeitzone.'),
        end: z.iso.datetime({ offset: true }).describe('Ende, nach dem Beginn.'),
        registrationUrl: externalUrl.optional().describe('Anmeldung (optional).'),
        online: z.enum(['yes', 'no', 'unknown']).meta({ labels: yesNo }).describe('Online?'),
        venue: z.object({ name: z.string().describe('Ort.'), city: z.string().optional().describe('Stadt.') }).describe('Veranstaltungsort.'),
        groups: z
          .array(z.enum(['textiles', 'coffee']))
          .min(1)
          .max(2)
          .describe('Produktgruppen.'),
        criteria: z
          .array(z.object({ key: z.string().describe('Kriterium.'), met: z.enum(['yes', 'no', 'unknown']).describe('Erfüllt?') }))
          .describe('Kriterien.'),
        published: dateOnly.describe('Veröffentlicht am.'),
        registrationEnd: dateTimeWithOffset.optional().describe('Anmeldeschluss.'),
        labels: z.array(z.string()).default([]).describe('Gütezeichen.'),
      })
      .superRefine((s, ctx) => {
        if (s.end <= s.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'liegt nicht nach dem Beginn' });
      });
    const spec: CollectionSpec = {
      name: 'seminars',
      label: 'Seminare',
      labelSingular: 'Seminar',
      format: 'md',
      schema: seminarLike,
      references: [{ field: 'labels[]', collection: 'labels' }],
    };
    const fields = collectionFields(spec, [...collections, spec]);
    expect(drift(spec, fields)).toEqual([]);
    const byPath = flatten(fields);
    expect(byPath.get('start')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ', time_format: 'HH:mm', default: '{{now}}' });
    expect(byPath.get('registrationUrl')).toMatchObject({
      widget: 'string',
      required: false,
      pattern: ['^(?:https)://\\S+$', 'muss eine vollständige Webadresse sein (https://…)'],
    });
    expect(byPath.get('online')!.options).toEqual([
      { label: 'Ja', value: 'yes' },
      { label: 'Nein', value: 'no' },
      { label: 'Unbekannt', value: 'unknown' },
    ]);
    expect(byPath.get('registrationEnd')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ', required: false });
    expect(byPath.get('registrationEnd')!.default).toBeUndefined();
    expect(byPath.get('groups')).toMatchObject({ widget: 'select', multiple: true, min: 1, max: 2 });
    expect(byPath.get('venue.city')).toMatchObject({ required: false });
    expect(byPath.get('labels')).toMatchObject({ widget: 'relation', collection: 'labels', multiple: true, required: false });
    expect(byPath.get('body')).toMatchObject({ widget: 'markdown', sanitize_preview: true });

    const problems = problemsBeforeSave(spec, fields, {
      title: 'Seminar',
      start: '2026-03-12T10:00:00+01:00',
      end: '2026-03-12T09:00:00+01:00',
      online: 'no',
      venue: { name: 'Bonn' },
      groups: ['coffee'],
      criteria: [],
      published: '2026-01-10',
    });
    expect(describeProblems(problems)).toBe('„Ende“ liegt nicht nach dem Beginn');
  });
});

describe('times with offset', () => {
  it('accept what the CMS writes and what Astro’s YAML parser makes of it', () => {
    expect(dateTimeWithOffset.parse('2026-03-12T10:00:00+01:00')).toBe('2026-03-12T10:00:00+01:00');
    expect(dateTimeWithOffset.parse(new Date('2026-03-12T10:00:00+01:00'))).toBe('2026-03-12T09:00:00.000Z');
    expect(dateTimeWithOffset.safeParse('2026-03-12T10:00').success).toBe(false);
  });

  it('seminar start and end are date-and-time pickers that write the offset, starting at now', () => {
    const fields = collectionFields(collectionSpec('seminars'));
    for (const name of ['start', 'end']) {
      expect(fields.find((f) => f.name === name)).toMatchObject({
        widget: 'datetime',
        format: 'YYYY-MM-DDTHH:mm:ssZ',
        picker_utc: false,
        required: true,
        default: '{{now}}',
      });
    }
    expect(fields.find((f) => f.name === 'registrationDeadline')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', required: false });
  });

  it('every seminar field has a label an editor can read, and the hints state the rules across fields', () => {
    const fields = collectionFields(collectionSpec('seminars'));
    const labels = Object.fromEntries([...flatten(fields)].map(([path, f]) => [path, f.label]));
    expect(labels).toMatchObject({
      summary: 'Kurzbeschreibung',
      start: 'Beginn',
      end: 'Ende',
      format: 'Format',
      platform: 'Plattform',
      venue: 'Veranstaltungsort',
      status: 'Status',
      registrationUrl: 'Anmelde-Webadresse',
      registrationEmail: 'Anmelde-E-Mail',
      agenda: 'Ablauf',
    });
    for (const [path, label] of Object.entries(labels)) expect(label, path).toMatch(/^[A-ZÄÖÜ][^=.:]{1,40}$/);
    const hint = (name: string) => fields.find((f) => f.name === name)!.hint;
    expect(hint('end')).toContain('nach dem Beginn');
    expect(hint('registrationDeadline')).toContain('nicht nach dem Seminartag');
    expect(hint('platform')).toMatch(/Pflicht bei den Formaten Online und Hybrid/);
    expect(hint('venue')).toMatch(/Pflicht bei den Formaten Präsenz und Hybrid/);
    expect(hint('registrationUrl')).toContain('außer bei abgesagten Seminaren');
  });
});

describe('the check before saving', () => {
  const news = collectionSpec('news');
  const fields = collectionFields(news);
  const valid = {
    title: 'Eine Meldung',
    date: '2026-11-20',
    summary: 'Ein Anreißer, der lang genug ist, um die Regel zu erfüllen.',
    description: 'Eine Beschreibung für Suchmaschinen, lang genug für die Regel.',
    topics: ['handel'],
    body: 'Text',
  };

  it('drops fields an editor left empty', () => {
    expect(withoutBlanks({ a: '', b: ' ', c: 'x', image: { src: '', alt: '' }, list: ['x'], n: 0, f: false })).toEqual({ c: 'x', list: ['x'], n: 0, f: false });
  });

  it('accepts a valid entry and an untouched optional image', () => {
    expect(problemsBeforeSave(news, fields, { ...valid, contact: '', image: { src: '', alt: '' } })).toEqual([]);
  });

  it('refuses a picture format the site cannot process', () => {
    const problems = problemsBeforeSave(news, fields, { ...valid, image: { src: 'media/foto.gif', alt: 'Ein Foto der Veranstaltung' } });
    expect(problems).toEqual([{ field: 'Bild › Bilddatei', key: 'image', message: 'muss ein hochgeladenes Bild sein (JPEG, PNG, WebP oder AVIF)' }]);
    expect(problemsBeforeSave(news, fields, { ...valid, image: { src: 'media/Foto.JPG', alt: 'Ein Foto der Veranstaltung' } })).toEqual([]);
  });

  it('refuses an image without alt text, naming the field as the editor sees it', () => {
    const problems = problemsBeforeSave(news, fields, { ...valid, image: { src: 'media/foto.jpg', alt: '' } });
    expect(problems).toEqual([{ field: 'Bild › Alternativtext', key: 'image', message: 'fehlt: Jedes Bild braucht einen Alternativtext' }]);
  });
});

function valuesAt(data: unknown, path: string[]): unknown[] {
  if (path.length === 0) return [data];
  const [head, ...rest] = path;
  if (!data || typeof data !== 'object') return [];
  const value = (data as Record<string, unknown>)[head.replace(/\[\]$/, '')];
  if (head.endsWith('[]')) return Array.isArray(value) ? value.flatMap((v) => valuesAt(v, rest)) : [];
  return valuesAt(value, rest);
}

describe('collection lists', () => {
  const config = cmsConfig({ today: '2026-12-01', productGroups: [{ id: 'kaffee', name: 'Kaffee' }] }) as { collections: any[] };
  const list = (name: string) => config.collections.find((c) => c.name === name);

  it('every collection with entries has a summary and sorts by date or name', () => {
    for (const c of config.collections.filter((c) => c.folder)) {
      expect(c.summary, c.name).toMatch(/\{\{/);
      expect(
        c.sortable_fields.some((f: string) => ['start', 'date', 'title', 'name', 'year'].includes(f)),
        c.name,
      ).toBe(true);
    }
  });

  it('seminars show date, time and title, filter by upcoming/past and status, group by year', () => {
    const seminars = list('seminars');
    // Rendered by Decap's template engine (in the local time of the browser, here of the test), with the status as the form labels it.
    const summary = renderSummary(seminars.summary, seminars.fields, { title: 'Grundlagen', start: '2027-03-17T12:00:00+01:00', status: 'cancelled' });
    expect(summary).toMatch(/^17\.03\.2027, \d\d:00 Uhr – Grundlagen – Abgesagt$/);
    expect(seminars.sortable_fields).toEqual(expect.arrayContaining(['start', 'title']));
    const filter = (label: string) => new RegExp(seminars.view_filters.find((f: any) => f.label === label).pattern);
    expect(filter('Kommende Seminare').test('2026-12-01T09:00:00+01:00')).toBe(true);
    expect(filter('Vergangene Seminare').test('2026-12-01T09:00:00+01:00')).toBe(false);
    expect(seminars.view_filters.map((f: any) => f.label)).toEqual(expect.arrayContaining(['Status: Abgesagt', 'Status: Anmeldung möglich']));
    expect(new RegExp(seminars.view_filters.find((f: any) => f.label === 'Status: Abgesagt').pattern).test('cancelled')).toBe(true);
    expect(seminars.view_groups).toEqual([{ label: 'Jahr', field: 'start', pattern: '^\\d{4}' }]);
  });

  it('labels show name, status and last check, filter by status and product group', () => {
    const labels = list('labels');
    expect(renderSummary(labels.summary, labels.fields, { name: 'Fairtrade', status: 'inactive', lastChecked: '2026-11-20' })).toBe(
      'Fairtrade – Nicht mehr aktiv – geprüft am 20.11.2026',
    );
    expect(labels.sortable_fields).toEqual(expect.arrayContaining(['name', 'lastChecked']));
    const group = labels.view_filters.find((f: any) => f.label === 'Produktgruppe: Kaffee');
    // Decap matches a list field as the text of the whole list.
    expect(new RegExp(group.pattern).test('List [ "kaffee", "textilien-bekleidung" ]')).toBe(true);
    expect(new RegExp(group.pattern).test('List [ "kaffeebohnen" ]')).toBe(false);
    expect(new RegExp(group.pattern).test('List [ "kaffee-tee" ]')).toBe(false);
    expect(new RegExp(group.pattern).test('kaffee')).toBe(true);
  });

  it('news show date and title; funding and competition their status', () => {
    expect(renderSummary(list('news').summary, list('news').fields, { title: 'Neu', date: '2026-11-20' })).toBe('20.11.2026 – Neu');
    expect(renderSummary(list('competition').summary, list('competition').fields, { year: 2027, status: 'open' })).toBe('2027 – Bewerbung läuft');
    expect(renderSummary(list('funding').summary, list('funding').fields, { title: 'Fonds', status: 'paused' })).toBe('Fonds – Derzeit ausgesetzt');
    expect(list('news').sortable_fields).toEqual(expect.arrayContaining(['date', 'title']));
  });
});

describe('date patterns for list filters', () => {
  const days = ['2026-01-01', '2026-12-01', '2026-12-31', '2027-09-30', '2029-10-09', '2030-01-10'];
  it('on-or-after and before split every day exactly', async () => {
    const { onOrAfterPattern, beforePattern } = await import('../../admin/list-views');
    for (const today of days) {
      const after = new RegExp(onOrAfterPattern(today));
      const before = new RegExp(beforePattern(today));
      for (const day of days) {
        expect(after.test(`${day}T10:00`), `${day} ≥ ${today}`).toBe(day >= today);
        expect(before.test(`${day}T10:00`), `${day} < ${today}`).toBe(day < today);
      }
    }
  });
});
