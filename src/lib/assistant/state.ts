/**
 * The Vergabeassistent's answers and their URL form (docs/vergabeassistent.md). Parsing never
 * throws: unknown parameters, unknown slugs and malformed values are dropped, so any shared or
 * hand-edited link opens the assistant.
 */

export type PhaseKey = 'rahmen' | 'produkt' | 'markt' | 'wirtschaftlichkeit' | 'verfahren';
export type Answer = 'ja' | 'nein' | 'offen';
export type PlacementParam = 'leistung' | 'zuschlag' | 'ausfuehrung';
export type KindParam = 'liefer' | 'bau';
export type AuthorityParam = 'kommune' | 'land' | 'bund';

export interface AssistantState {
  wert?: number;
  art?: KindParam;
  traeger?: AuthorityParam;
  land?: string;
  gruppe?: string;
  gz: string[];
  platz: Record<string, PlacementParam>;
  markt: Record<string, Answer>;
  lzk?: Answer;
  schritt?: PhaseKey;
}

export interface KnownSlugs {
  states: readonly string[];
  groups: readonly string[];
  labels: readonly string[];
}

export const phaseKeys: readonly PhaseKey[] = ['rahmen', 'produkt', 'markt', 'wirtschaftlichkeit', 'verfahren'];
export const answers: readonly Answer[] = ['ja', 'nein', 'offen'];
export const placementParams: readonly PlacementParam[] = ['leistung', 'zuschlag', 'ausfuehrung'];
export const kindParams: readonly KindParam[] = ['liefer', 'bau'];
export const authorityParams: readonly AuthorityParam[] = ['kommune', 'land', 'bund'];

/** Keys of market-check questions: lower-case words, so a hand-edited URL cannot smuggle in odd keys. */
const QUESTION_KEY = /^[a-z][a-z0-9-]{0,30}$/;
const MAX_LIST = 50;

export function emptyState(): AssistantState {
  return { gz: [], platz: {}, markt: {} };
}

const oneOf = <T extends string>(list: readonly T[], value: string | null | undefined): T | undefined => (list.includes(value as T) ? (value as T) : undefined);

/**
 * A contract value in whole euros: „250000“, „250.000“, „250000,00“, „250.000,50“ (cents are cut
 * off, never rounded up, so 215.999,50 stays below 216.000). Negative, non-numeric and values
 * beyond exact integers give undefined.
 */
export function parseEuro(raw: string | null | undefined): number | undefined {
  if (raw == null) return undefined;
  const text = raw.replace(/[\s\u00a0€]/g, '').replace(/(euro|eur)$/i, '');
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,\d{1,2})?$/.exec(text);
  if (!match) return undefined;
  const value = Number(match[1].replaceAll('.', ''));
  return Number.isSafeInteger(value) ? value : undefined;
}

function splitList(raw: string | null): string[] {
  return raw
    ? raw
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
        .slice(0, MAX_LIST)
    : [];
}

function pairs(raw: string | null): [string, string][] {
  return splitList(raw).flatMap((item) => {
    const at = item.indexOf(':');
    return at > 0 ? [[item.slice(0, at).trim(), item.slice(at + 1).trim()] as [string, string]] : [];
  });
}

function labelsFrom(raw: string | null, known: KnownSlugs): string[] {
  return [...new Set(splitList(raw).filter((slug) => known.labels.includes(slug)))];
}

function placementsFrom(raw: string | null, gz: readonly string[]): Record<string, PlacementParam> {
  const result: Record<string, PlacementParam> = {};
  for (const [slug, value] of pairs(raw)) {
    const platz = oneOf(placementParams, value);
    if (platz && gz.includes(slug) && !(slug in result)) result[slug] = platz;
  }
  return result;
}

function marketFrom(raw: string | null): Record<string, Answer> {
  const result: Record<string, Answer> = {};
  for (const [key, value] of pairs(raw)) {
    const answer = oneOf(answers, value);
    if (answer && QUESTION_KEY.test(key) && !(key in result)) result[key] = answer;
  }
  return result;
}

/** The state a query string describes; what is unknown or malformed is left out. */
export function parseState(query: URLSearchParams, known: KnownSlugs): AssistantState {
  const state = emptyState();
  const wert = parseEuro(query.get('wert'));
  if (wert !== undefined) state.wert = wert;
  const art = oneOf(kindParams, query.get('art'));
  if (art) state.art = art;
  const traeger = oneOf(authorityParams, query.get('traeger'));
  if (traeger) state.traeger = traeger;
  const land = oneOf(known.states, query.get('land'));
  if (land) state.land = land;
  const gruppe = oneOf(known.groups, query.get('gruppe'));
  if (gruppe) state.gruppe = gruppe;
  state.gz = labelsFrom(query.get('gz'), known);
  state.platz = placementsFrom(query.get('platz'), state.gz);
  state.markt = marketFrom(query.get('markt'));
  const lzk = oneOf(answers, query.get('lzk'));
  if (lzk) state.lzk = lzk;
  const schritt = oneOf(phaseKeys, query.get('schritt'));
  if (schritt) state.schritt = schritt;
  return state;
}

/** The query string, parameters in a fixed order, with a leading "?" or "" when nothing is set. */
export function serializeState(state: AssistantState): string {
  const parts: string[] = [];
  const add = (name: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') parts.push(`${name}=${encodeURIComponent(String(value)).replace(/%2C/g, ',').replace(/%3A/g, ':')}`);
  };
  add('wert', state.wert);
  add('art', state.art);
  add('traeger', state.traeger);
  add('land', state.land);
  add('gruppe', state.gruppe);
  add('gz', state.gz.join(','));
  add(
    'platz',
    state.gz
      .filter((slug) => state.platz[slug])
      .map((slug) => `${slug}:${state.platz[slug]}`)
      .join(','),
  );
  add(
    'markt',
    Object.entries(state.markt)
      .map(([k, v]) => `${k}:${v}`)
      .join(','),
  );
  add('lzk', state.lzk);
  add('schritt', state.schritt);
  return parts.length ? `?${parts.join('&')}` : '';
}

/**
 * One answer changed: `param` is a URL parameter (`wert`, `art`, `traeger`, `land`, `gruppe`,
 * `gz` as a comma list, `lzk`, `schritt`) or `platz:<slug>` / `markt:<frage>`; an empty value
 * removes the answer. The result goes through parseState, so it holds only what a URL could hold
 * and a placement of a label no longer chosen is dropped.
 */
export function setParam(state: AssistantState, param: string, value: string, known: KnownSlugs): AssistantState {
  const query = new URLSearchParams(serializeState(state));
  const [name, key] = param.includes(':') ? [param.slice(0, param.indexOf(':')), param.slice(param.indexOf(':') + 1)] : [param, undefined];
  if (key !== undefined && (name === 'platz' || name === 'markt')) {
    const current = name === 'platz' ? { ...state.platz } : { ...state.markt };
    if (value) (current as Record<string, string>)[key] = value;
    else delete (current as Record<string, string>)[key];
    const list =
      name === 'platz'
        ? state.gz.filter((slug) => current[slug]).map((slug) => `${slug}:${current[slug]}`)
        : Object.entries(current).map(([k, v]) => `${k}:${v}`);
    if (list.length) query.set(name, list.join(','));
    else query.delete(name);
  } else if (value) query.set(name, value);
  else query.delete(name);
  return parseState(query, known);
}
