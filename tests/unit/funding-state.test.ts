import { describe, expect, it } from 'vitest';
import { deadlineEndsAt, fundingStateAt } from '../../src/lib/funding/state';

const at = (iso: string) => new Date(iso);

describe('a funding programme is open only while its deadline allows', () => {
  // 15 October 2027 is summer time in Berlin (UTC+2): the day ends at 22:00 UTC.
  const open = { status: 'open' as const, deadline: '2027-10-15' };

  it('stays open through the whole deadline day in Berlin', () => {
    expect(deadlineEndsAt('2027-10-15').toISOString()).toBe('2027-10-15T22:00:00.000Z');
    expect(fundingStateAt(open, at('2027-10-14T12:00:00+02:00'))).toBe('open');
    expect(fundingStateAt(open, at('2027-10-15T23:59:59+02:00'))).toBe('open');
    expect(fundingStateAt(open, at('2027-10-15T21:59:59.999Z'))).toBe('open');
  });

  it('closes at midnight Berlin time after the deadline day, whatever the file says', () => {
    expect(fundingStateAt(open, at('2027-10-16T00:00:00+02:00'))).toBe('closed');
    expect(fundingStateAt(open, at('2027-10-15T22:00:00Z'))).toBe('closed');
    expect(fundingStateAt(open, at('2028-10-14T12:00:00+02:00'))).toBe('closed');
  });

  it('uses winter time for a deadline in winter', () => {
    const winter = { status: 'open' as const, deadline: '2027-01-15' };
    expect(deadlineEndsAt('2027-01-15').toISOString()).toBe('2027-01-15T23:00:00.000Z');
    expect(fundingStateAt(winter, at('2027-01-15T22:59:59Z'))).toBe('open');
    expect(fundingStateAt(winter, at('2027-01-15T23:00:00Z'))).toBe('closed');
  });

  it('has no end without a deadline (rolling applications)', () => {
    expect(fundingStateAt({ status: 'open' }, at('2099-01-01T00:00:00Z'))).toBe('open');
  });

  it('lets the editor pause or close a programme before its deadline, never reopen one after it', () => {
    expect(fundingStateAt({ status: 'paused', deadline: '2027-10-15' }, at('2027-10-01T12:00:00+02:00'))).toBe('paused');
    expect(fundingStateAt({ status: 'closed', deadline: '2027-10-15' }, at('2027-10-01T12:00:00+02:00'))).toBe('closed');
    expect(fundingStateAt({ status: 'paused', deadline: '2027-10-15' }, at('2027-12-01T12:00:00+01:00'))).toBe('paused');
  });
});
