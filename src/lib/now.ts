/**
 * "Now" for everything a build renders (seminar states, application deadlines, competition
 * rounds), taken once so that every page of one build agrees; pages show it as „Stand“ and the
 * seminar script re-checks with the visitor's clock. The daily rebuild moves it on.
 * BUILD_NOW (an ISO 8601 instant with offset) fixes it, so tests can build the site for any day.
 */
export function readBuildNow(value: string | undefined = process.env.BUILD_NOW, clock: () => number = Date.now): Date {
  if (value === undefined || value === '') return new Date(clock());
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new Error(`BUILD_NOW „${value}“ ist kein Zeitpunkt mit Zeitzone, z. B. 2027-03-17T09:00:00+01:00.`);
  }
  return new Date(value);
}

export const buildTime = readBuildNow();
