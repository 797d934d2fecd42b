import { describe, expect, it } from 'vitest';
import { evaluateAudit, readExceptions } from '../../scripts/audit.mjs';

// Shape of `npm audit --json` (report version 2): one root advisory, one package affected through it.
const report = {
  auditReportVersion: 2,
  vulnerabilities: {
    'tar-lib': {
      name: 'tar-lib',
      severity: 'high',
      via: [
        {
          source: 1101,
          name: 'tar-lib',
          title: 'Pfad-Traversal beim Entpacken',
          url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc',
          severity: 'high',
          range: '<2.1.0',
        },
      ],
    },
    'uses-tar': { name: 'uses-tar', severity: 'high', via: ['tar-lib'] },
    'slow-regex': {
      name: 'slow-regex',
      severity: 'moderate',
      via: [{ source: 1102, name: 'slow-regex', title: 'ReDoS', url: 'https://github.com/advisories/GHSA-dddd-eeee-ffff', severity: 'moderate', range: '*' }],
    },
    'bad-crypto': {
      name: 'bad-crypto',
      severity: 'critical',
      via: [
        {
          source: 1103,
          name: 'bad-crypto',
          title: 'Schwacher Schlüssel',
          url: 'https://github.com/advisories/GHSA-gggg-hhhh-iiii',
          severity: 'critical',
          range: '<1.0.0',
        },
      ],
    },
  },
};

const exception = (advisory: string, pkg: string, expires: string) => ({
  advisory,
  package: pkg,
  reason: 'Nur zur Build-Zeit auf eigenen Dateien benutzt, keine fremden Archive.',
  expires,
});

describe('dependency audit policy', () => {
  it('blocks every high and critical advisory once, and ignores moderate ones', () => {
    const { blocking } = evaluateAudit(report, [], '2026-11-26');
    expect(blocking.map((b: { advisory: string }) => b.advisory).sort()).toEqual(['GHSA-aaaa-bbbb-cccc', 'GHSA-gggg-hhhh-iiii']);
  });

  it('accepts an advisory listed with reason until its expiry date, not after', () => {
    const exceptions = [exception('GHSA-aaaa-bbbb-cccc', 'tar-lib', '2026-12-31')];
    const before = evaluateAudit(report, exceptions, '2026-11-26');
    expect(before.accepted.map((a: { advisory: string }) => a.advisory)).toEqual(['GHSA-aaaa-bbbb-cccc']);
    expect(before.blocking).toHaveLength(1);
    const after = evaluateAudit(report, exceptions, '2027-01-01');
    expect(after.accepted).toEqual([]);
    expect(after.problems[0]).toContain('am 2026-12-31 abgelaufen');
  });

  it('names exceptions that no longer match anything', () => {
    const { unused } = evaluateAudit(report, [exception('GHSA-zzzz-zzzz-zzzz', 'old-lib', '2027-01-01')], '2026-11-26');
    expect(unused).toHaveLength(1);
  });

  it('refuses exceptions without reason or expiry date', () => {
    const { problems } = readExceptions({ exceptions: [{ advisory: 'GHSA-aaaa-bbbb-cccc', package: 'tar-lib', reason: 'egal' }] });
    expect(problems.join('\n')).toContain('exceptions.0.reason');
    expect(problems.join('\n')).toContain('exceptions.0.expires');
  });

  it('the committed exceptions file is valid', async () => {
    const { readFileSync } = await import('node:fs');
    const data = JSON.parse(readFileSync(new URL('../../.ci/audit-exceptions.json', import.meta.url), 'utf8'));
    expect(readExceptions(data).problems).toEqual([]);
  });
});
