import { describe, expect, it } from 'vitest';
import { formatDate, formatEuro } from '../../src/lib/format';
import { currentState } from '../../src/lib/nav';
import { dateOnly } from '../../src/schemas/fields';

describe('formatting', () => {
  it('writes dates the German way without shifting the day', () => {
    expect(formatDate('2025-10-29')).toBe('29. Oktober 2025');
    expect(formatDate('2026-01-01')).toBe('1. Januar 2026');
  });
  it('writes euro amounts with German grouping', () => {
    expect(formatEuro(220000).replace(/\s/g, ' ')).toBe('220.000 €');
  });
});

describe('date-only fields', () => {
  it('accept YYYY-MM-DD text and YAML dates, refuse impossible dates', () => {
    expect(dateOnly.parse('2025-10-29')).toBe('2025-10-29');
    expect(dateOnly.parse(new Date('2025-10-29T00:00:00Z'))).toBe('2025-10-29');
    expect(dateOnly.safeParse('2026-02-30').success).toBe(false);
    expect(dateOnly.safeParse('29.10.2025').success).toBe(false);
  });
});

describe('navigation state', () => {
  it('marks the current page and its section', () => {
    expect(currentState('/angebote/', '/angebote/')).toBe('page');
    expect(currentState('/angebote/seminare/', '/angebote/')).toBe('true');
    expect(currentState('/angebote/', '/')).toBeUndefined();
    expect(currentState('/aktuelles/', '/angebote/')).toBeUndefined();
  });
});
