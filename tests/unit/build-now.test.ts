import { describe, expect, it } from 'vitest';
import { readBuildNow } from '../../src/lib/now';

describe('the build’s "now"', () => {
  it('is the clock when BUILD_NOW is not set', () => {
    expect(readBuildNow(undefined, () => 1_800_000_000_000).getTime()).toBe(1_800_000_000_000);
    expect(readBuildNow('', () => 42).getTime()).toBe(42);
  });

  it('is BUILD_NOW when set, as an instant with offset', () => {
    expect(readBuildNow('2027-03-17T09:00:00+01:00', () => 0).toISOString()).toBe('2027-03-17T08:00:00.000Z');
    expect(readBuildNow('2027-03-17T08:00Z', () => 0).toISOString()).toBe('2027-03-17T08:00:00.000Z');
  });

  it('refuses a value without time zone or that is not a date, saying what is expected', () => {
    for (const bad of ['2027-03-17', '2027-03-17T09:00', 'morgen', '2027-02-30T09:00:00+01:00x']) {
      expect(() => readBuildNow(bad, () => 0)).toThrow(/BUILD_NOW „.*“ ist kein Zeitpunkt mit Zeitzone/);
    }
  });
});
