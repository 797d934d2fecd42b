// `npm run audit`: fails on known high or critical vulnerabilities in production dependencies
// (`npm audit --omit=dev`), except advisories accepted in .ci/audit-exceptions.json with a reason
// and an expiry date. Format and procedure: docs/security.md.
//
// Exit codes: 0 nothing to fix; 1 vulnerabilities or an invalid/expired exception;
// 2 the registry's audit service could not be asked. With --allow-unavailable that last case
// prints a warning and exits 0 (used by .ci/run, whose registry mirror may not offer the service).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BLOCKING = new Set(['high', 'critical']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the exceptions file; returns its entries and the problems found in it. */
export function readExceptions(data) {
  const problems = [];
  const list = Array.isArray(data?.exceptions) ? data.exceptions : null;
  if (!list) return { exceptions: [], problems: ['.ci/audit-exceptions.json: Feld „exceptions“ muss eine Liste sein.'] };
  list.forEach((e, i) => {
    const where = `.ci/audit-exceptions.json: exceptions.${i}`;
    if (typeof e?.advisory !== 'string' || !/^(GHSA(-[0-9a-z]{4}){3}|\d+)$/.test(e.advisory))
      problems.push(`${where}.advisory: muss eine GHSA-Kennung (GHSA-xxxx-xxxx-xxxx) oder eine npm-Advisory-Nummer sein.`);
    if (typeof e?.package !== 'string' || !e.package) problems.push(`${where}.package: fehlt.`);
    if (typeof e?.reason !== 'string' || e.reason.trim().length < 20) problems.push(`${where}.reason: Begründung fehlt oder ist kürzer als 20 Zeichen.`);
    if (typeof e?.expires !== 'string' || !DATE.test(e.expires) || Number.isNaN(Date.parse(e.expires)))
      problems.push(`${where}.expires: muss ein Datum JJJJ-MM-TT sein.`);
  });
  return { exceptions: list, problems };
}

function advisoryId(via) {
  return /GHSA(-[0-9a-z]{4}){3}/i.exec(via.url ?? '')?.[0] ?? String(via.source);
}

/**
 * Evaluates the JSON of `npm audit --json` (report version 2) against the exceptions.
 * Returns the blocking findings, the accepted ones and problems with the exceptions themselves.
 */
export function evaluateAudit(report, exceptions, today = new Date().toISOString().slice(0, 10)) {
  const findings = [];
  for (const vulnerability of Object.values(report.vulnerabilities ?? {})) {
    for (const via of vulnerability.via ?? []) {
      if (typeof via !== 'object' || !BLOCKING.has(via.severity)) continue;
      findings.push({
        package: via.name ?? vulnerability.name,
        advisory: advisoryId(via),
        severity: via.severity,
        title: via.title ?? '',
        url: via.url ?? '',
        range: via.range ?? '',
      });
    }
  }
  const unique = [...new Map(findings.map((f) => [`${f.package}|${f.advisory}`, f])).values()];
  const blocking = [];
  const accepted = [];
  const problems = [];
  for (const finding of unique) {
    const exception = exceptions.find((e) => e.advisory === finding.advisory && e.package === finding.package);
    if (!exception) blocking.push(finding);
    else if (exception.expires < today)
      problems.push(
        `Ausnahme für ${finding.advisory} (${finding.package}) ist am ${exception.expires} abgelaufen: erneut prüfen, beheben oder mit neuer Begründung verlängern.`,
      );
    else accepted.push({ ...finding, reason: exception.reason, expires: exception.expires });
  }
  const unused = exceptions.filter((e) => !unique.some((f) => f.advisory === e.advisory && f.package === e.package));
  return { blocking, accepted, problems, unused };
}

function main() {
  const allowUnavailable = process.argv.includes('--allow-unavailable');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const { exceptions, problems: exceptionProblems } = readExceptions(
    JSON.parse(readFileSync(new URL('../.ci/audit-exceptions.json', import.meta.url), 'utf8')),
  );
  if (exceptionProblems.length) {
    console.error(exceptionProblems.join('\n'));
    process.exit(1);
  }
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    report = {};
  }
  if (!report.vulnerabilities) {
    const reason = report.message ?? report.error?.summary ?? run.stderr.trim().split('\n').at(-1) ?? 'keine Antwort';
    console.error(`npm audit konnte den Sicherheitsdienst der Registry nicht fragen: ${reason}`);
    if (allowUnavailable) {
      console.warn('Abhängigkeitsprüfung übersprungen (--allow-unavailable). Der Deploy-Workflow prüft ohne diese Ausnahme.');
      process.exit(0);
    }
    process.exit(2);
  }
  const { blocking, accepted, problems, unused } = evaluateAudit(report, exceptions);
  const counts = report.metadata?.vulnerabilities ?? {};
  console.log(
    `npm audit (nur Produktionsabhängigkeiten): ${counts.critical ?? 0} kritisch, ${counts.high ?? 0} hoch, ${counts.moderate ?? 0} mittel, ${counts.low ?? 0} niedrig.`,
  );
  for (const a of accepted) console.log(`Akzeptiert bis ${a.expires}: ${a.advisory} in ${a.package} (${a.severity}) – ${a.reason}`);
  for (const e of unused)
    console.warn(`Hinweis: Ausnahme ${e.advisory} (${e.package}) trifft nicht mehr zu und kann aus .ci/audit-exceptions.json entfernt werden.`);
  for (const b of blocking) console.error(`${b.severity === 'critical' ? 'KRITISCH' : 'HOCH'}: ${b.package} ${b.range} – ${b.title} (${b.advisory}, ${b.url})`);
  for (const p of problems) console.error(p);
  if (blocking.length || problems.length) {
    console.error(
      `Abhängigkeitsprüfung fehlgeschlagen: ${blocking.length} offene Sicherheitslücke(n) hoher oder kritischer Schwere. Aktualisieren Sie das Paket (npm update / npm audit fix --omit=dev) oder tragen Sie eine begründete, befristete Ausnahme ein (docs/security.md).`,
    );
    process.exit(1);
  }
  console.log('Abhängigkeitsprüfung bestanden.');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
