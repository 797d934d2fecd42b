import { describe, expect, it } from 'vitest';
import { groupForCpv } from '../../src/lib/cpv';

// Invented groups; the codes are real CPV codes.
const groups = [
  { slug: 'textilien', cpv: ['18100000-0', '18110000-3'] },
  { slug: 'kaffee', cpv: ['15861000-1'] },
  { slug: 'steine', cpv: ['44912400-0'] },
];

describe('groupForCpv', () => {
  it('finds the group of an exact code, with or without check digit', () => {
    expect(groupForCpv('15861000-1', groups)).toBe('kaffee');
    expect(groupForCpv(' 15861000 ', groups)).toBe('kaffee');
  });

  it('finds the group of a more specific code below a group code, the most specific first', () => {
    expect(groupForCpv('18113000-9', groups)).toBe('textilien');
    expect(groupForCpv('44912410-3', groups)).toBe('steine');
    expect(groupForCpv('15861100-2', groups)).toBe('kaffee');
  });

  it('finds nothing for other codes and for text that is no CPV code', () => {
    expect(groupForCpv('30200000-1', groups)).toBeUndefined();
    expect(groupForCpv('1586', groups)).toBeUndefined();
    expect(groupForCpv('Kaffee', groups)).toBeUndefined();
    expect(groupForCpv('15861000-12', groups)).toBeUndefined();
  });
});
