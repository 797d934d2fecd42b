import { describe, expect, it } from 'vitest';
import { collectionFields, type CmsField } from '../../admin/config';
import { problemsBeforeSave } from '../../admin/validate';
import { externalUrl, IDENTITY_KEYS, internalPath, isSingleLine, linkField, nearestField, singleLine, vocabEnum } from '../../src/schemas/fields';
import { labelSchema } from '../../src/schemas/label';
import { newsSchema } from '../../src/schemas/news';
import { seminarSchema } from '../../src/schemas/seminar';
import { collections, collectionSpec } from '../../src/schemas/registry';
import type { z } from 'astro/zod';

/** Rules every schema of every collection keeps, so a new collection inherits them or fails here. */

type Def = Record<string, any> & { type: string };
const def = (schema: z.ZodType): Def => (schema as any)._zod.def;

/** The schema inside optional, default and preprocess wrappers. */
function unwrap(schema: z.ZodType): { inner: z.ZodType } {
  const d = def(schema);
  if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'].includes(d.type)) return unwrap(d.innerType);
  if (d.type === 'pipe') return unwrap(def(d.in).type === 'transform' ? d.out : d.in);
  return { inner: schema };
}

/** Paths of every object schema that lets unknown keys through. */
function lenientObjects(schema: z.ZodType, path: string): string[] {
  const d = def(schema);
  switch (d.type) {
    case 'object': {
      const own = d.catchall && def(d.catchall).type === 'never' ? [] : [path || '(oberste Ebene)'];
      return [...own, ...Object.entries(d.shape as Record<string, z.ZodType>).flatMap(([key, child]) => lenientObjects(child, path ? `${path}.${key}` : key))];
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return lenientObjects(d.innerType, path);
    case 'pipe':
      return [...lenientObjects(d.in, path), ...lenientObjects(d.out, path)];
    case 'array':
      return lenientObjects(d.element, `${path}[]`);
    case 'union':
      return (d.options as z.ZodType[]).flatMap((option) => lenientObjects(option, path));
    case 'record':
      return lenientObjects(d.valueType, `${path}{}`);
    default:
      return [];
  }
}

/** The schema behind a CMS field path; `[]` steps into a list's items. */
function schemaAt(schema: z.ZodType, path: string[]): z.ZodType {
  let current = schema;
  for (const name of path) {
    let inner = unwrap(current).inner;
    if (name === '[]') {
      current = def(inner).element;
      continue;
    }
    while (def(inner).type === 'array') inner = unwrap(def(inner).element).inner;
    current = def(inner).shape[name];
  }
  return current;
}

function stringFields(fields: CmsField[], path: string[] = []): { path: string[]; field: CmsField }[] {
  return fields.flatMap((field) => {
    const here = [...path, field.name];
    if (Array.isArray(field.fields)) return stringFields(field.fields as CmsField[], here);
    if (field.field) return stringFields([{ ...(field.field as CmsField), name: '[]' }], here);
    return field.widget === 'string' ? [{ path: here, field }] : [];
  });
}

const CONTROLS = ['\n', '\r', '\r\n', '\t', '\f', '\v', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b', '\u2028', '\u2029'];

describe('every collection schema', () => {
  it.each(collections.map((c) => [c.name, c] as const))('%s refuses unknown keys in every object', (_name, spec) => {
    expect(lenientObjects(spec.schema, '')).toEqual([]);
  });

  it.each(collections.map((c) => [c.name, c] as const))('%s has no field that Astro could read as the address', (_name, spec) => {
    const shape = def(unwrap(spec.schema).inner).shape as Record<string, unknown>;
    expect(Object.keys(shape).filter((key) => IDENTITY_KEYS.includes(key))).toEqual([]);
  });

  it.each(collections.map((c) => [c.name, c] as const))(
    '%s: every one-line text field of the CMS refuses line breaks and control characters',
    (_name, spec) => {
      const fields = stringFields(collectionFields(spec));
      expect(fields.length).toBeGreaterThan(0);
      fields.forEach(({ path, field }, i) => {
        const control = CONTROLS[i % CONTROLS.length];
        const result = schemaAt(spec.schema, path).safeParse(`Zeile eins${control}Zeile zwei`);
        expect(result.success, `${path.join('.')} nimmt ${JSON.stringify(control)} an`).toBe(false);
        // Fields with their own pattern (postal code, link, e-mail) refuse it by that pattern.
        if (!field.pattern)
          expect(
            result.error!.issues.map((issue) => issue.message),
            path.join('.'),
          ).toContain('darf nur eine Zeile sein: keine Zeilenumbrüche, Tabulatoren oder anderen Steuerzeichen');
      });
    },
  );
});

describe('unknown keys', () => {
  const valid = {
    title: 'Seminar für die Prüfung unbekannter Felder',
    summary: 'Ein Seminar, das nur für den Test der Inhaltsprüfung geschrieben ist.',
    description: 'Ein Seminar für den Test der Inhaltsprüfung; es enthält genau einen unbekannten Schlüssel.',
    start: '2027-02-10T09:00:00+01:00',
    end: '2027-02-10T12:00:00+01:00',
    format: 'online',
    platform: 'Webex',
    audience: 'Beschäftigte aus Vergabestellen.',
    topics: ['textilien'],
    status: 'open',
    registrationEmail: 'seminare@example.org',
    contact: 'seminare',
  };

  it('are refused with the nearest known field as a suggestion', () => {
    const result = seminarSchema.safeParse({ ...valid, registrationDeadlne: '2027-02-01' });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['Unbekanntes Feld „registrationDeadlne“ – meinten Sie „registrationDeadline“?']);
  });

  it('are refused in nested objects too, naming the object', () => {
    const result = seminarSchema.safeParse({
      ...valid,
      format: 'praesenz',
      venue: { name: 'Rathaus', street: 'Markt 1', postalCode: '53111', city: 'Bonn', stret: 'Markt 1' },
    });
    expect(result.error?.issues).toMatchObject([{ path: ['venue'], message: 'Unbekanntes Feld „stret“ – meinten Sie „street“?' }]);
  });

  it('without a near match list what is known', () => {
    const result = newsSchema.safeParse({ title: 'Eine Meldung', zzz: 1 });
    expect(result.error?.issues.find((i) => i.code === 'unrecognized_keys')?.message).toMatch(/^Unbekanntes Feld „zzz“ \(bekannt sind: title, date, /);
  });

  it('slug and id are refused as addresses', () => {
    const result = seminarSchema.safeParse({ ...valid, slug: 'kontakt', id: 'x' });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'Feld „slug“ ist nicht erlaubt: Die Adresse eines Eintrags ist allein sein Dateiname. Feld „id“ ist nicht erlaubt: Die Adresse eines Eintrags ist allein sein Dateiname.',
    ]);
  });

  it.each([
    ['registrationdeadline', 'registrationDeadline'],
    ['titel', 'title'],
    ['adresse', undefined],
  ])('nearest field for %s is %s', (key, expected) => {
    expect(nearestField(key, ['title', 'registrationDeadline', 'summary'])).toBe(expected);
  });

  it('the CMS save check does not trip over its own file-name helper from an earlier save', () => {
    const spec = collectionSpec('seminars');
    expect(problemsBeforeSave(spec, collectionFields(spec), { ...valid, __fileName: 'seminar', body: 'Text' })).toEqual([]);
  });
});

describe('single-line text', () => {
  it.each(CONTROLS.map((c) => [JSON.stringify(c), c]))('refuses %s', (_shown, control) => {
    expect(isSingleLine(`a${control}b`)).toBe(false);
    expect(singleLine.safeParse(`a${control}b`).success).toBe(false);
  });

  it('accepts umlauts, quotes, dashes and non-breaking spaces', () => {
    expect(singleLine.safeParse('Grüner Knopf – „fair“ & ‚sozial‘ 100\u00a0%').success).toBe(true);
  });

  it('multi-line fields keep their line breaks', () => {
    const summary = 'Erste Zeile einer Meldung, die etwas länger ist.\nZweite Zeile der Meldung.';
    expect(def(unwrap(newsSchema).inner).shape.summary.safeParse(summary).success).toBe(true);
  });
});

describe('vocabulary enums', () => {
  it('refuse an unknown key in German, naming the allowed ones, and carry their labels', () => {
    const status = vocabEnum({ open: 'offen', closed: 'geschlossen' }, 'kein bekannter Status');
    expect(status.safeParse('open').success).toBe(true);
    expect(status.safeParse('offen').error?.issues[0].message).toBe('ist kein bekannter Status (erlaubt: open, closed)');
    expect(status.meta()?.labels).toEqual({ open: 'offen', closed: 'geschlossen' });
  });

  it('give the label schema the same message', () => {
    const verification = def(unwrap(labelSchema).inner).shape.verification;
    expect(verification.safeParse({ value: 'unabhaengig' }).error?.issues[0].message).toMatch(/^ist keine bekannte Prüfart \(erlaubt: thirdParty, /);
  });
});

describe('link fields', () => {
  it.each(['/', '/angebote/', '/aktuelles/rss.xml', '/media/dgs/inhalt.mp4', '/suche/?q=fair#treffer'])('internal path %s is accepted', (path) => {
    expect(internalPath.safeParse(path).success).toBe(true);
  });

  it.each([
    ['another host', '//evil.example/'],
    ['a backslash host', '/\\evil.example/'],
    ['a backslash later', '/angebote\\..\\admin'],
    ['a scheme', 'https://example.org/'],
    ['javascript:', 'javascript:alert(1)'],
    ['a relative path', 'angebote/'],
    ['a line break', '/angebote/\n'],
    ['a NUL', '/angebote/\u0000'],
    ['a space', '/an gebote/'],
  ])('internal path refuses %s', (_case, path) => {
    expect(internalPath.safeParse(path).success).toBe(false);
  });

  it.each(['https://example.org/', 'https://www.bmz.de/de/themen?x=1#y'])('external address %s is accepted', (url) => {
    expect(externalUrl.safeParse(url).success).toBe(true);
  });

  it.each([
    ['http:', 'http://example.org/'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['ftp:', 'ftp://example.org/'],
    ['mailto:', 'mailto:info@example.org'],
    ['protocol-relative', '//example.org/'],
    ['no host', 'https:///pfad'],
    ['a C1 control character', 'https://example.org/\u0085'],
    ['a NUL', 'https://example.org/\u0000'],
  ])('external address refuses %s', (_case, url) => {
    expect(externalUrl.safeParse(url).success).toBe(false);
  });

  it('external address: line breaks and tabs are removed (by zod), never published', () => {
    expect(externalUrl.parse('https://exa\nmple.org/\t')).toBe('https://example.org/');
  });

  it('a link field takes either, and nothing else', () => {
    expect(linkField.safeParse('/kontakt/').success).toBe(true);
    expect(linkField.safeParse('https://example.org/').success).toBe(true);
    for (const bad of ['//evil.example/', '/\\evil.example', 'http://example.org/', 'javascript:alert(1)'])
      expect(linkField.safeParse(bad).success, bad).toBe(false);
  });
});

describe('messages for a text field', () => {
  it('say "fehlt" only when the value is missing, and name the limit when it is too long', () => {
    const field = singleLine.trim().max(160);
    expect(field.safeParse(undefined).error?.issues[0].message).toBe('fehlt');
    const tooLong = field.safeParse('x'.repeat(161)).error?.issues[0].message ?? '';
    expect(tooLong).not.toBe('fehlt');
    expect(tooLong).toContain('160');
  });
});
