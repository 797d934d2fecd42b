import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/lib/quality/html-files';
import { root } from '../../scripts/harness/server';

const dist = join(root, 'dist');
// The rule set and the reasons for its exceptions: docs/testing.md (HTML-Validierung).
const config = JSON.parse(readFileSync(join(root, 'tests/html-validate.json'), 'utf8')) as ConfigData;

describe('HTML validity', () => {
  const validator = new HtmlValidate(config);

  it('every built page, the CMS included, passes html-validate with tests/html-validate.json', async () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) {
          problems.push(`${relative(dist, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the rule set rejects broken markup', async () => {
    const broken =
      '<!doctype html><html lang="de"><head><title>x</title></head><body><p><div>Block im Absatz</p><img src="a.png"><a href="/x" id="a">eins</a><a id="a">zwei</a></body></html>';
    const report = await validator.validateString(broken, 'broken.html');
    const rules = new Set(report.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    expect(report.valid).toBe(false);
    expect(rules).toContain('wcag/h37');
    expect(rules).toContain('no-dup-id');
  });
});
