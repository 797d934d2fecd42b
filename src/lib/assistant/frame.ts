import type { EuThreshold, NormKey, ValueLimit } from '../../schemas/law';
import type { uvgoStatuses } from '../../vocab/states';
import { labelNorm, regimeFor, thresholdFor, type Authority, type ContractKind, type Regime, type ThresholdSet } from '../law/thresholds';
import type { AssistantState, AuthorityParam, KindParam } from './state';

/**
 * The legal frame of one procurement as pure decisions: which EU threshold, above or below it,
 * which set of rules, which paragraph carries labels as proof and which one life-cycle costs.
 */

export type UvgoStatus = keyof typeof uvgoStatuses;

/**
 * The rules that apply: Part 4 GWB with the VgV (supplies) or with VOB/A section 2 (works) above
 * the threshold; below it the UVgO as far as the Land makes it apply, or VOB/A section 1.
 */
export type RuleSet = 'gwbVgv' | 'gwbVobEu' | 'uvgo' | 'vobA1';

export interface LegalFrame {
  kind: ContractKind;
  authority: Authority;
  /** No authority was given, so the municipal threshold is used; the assistant says so. */
  authorityAssumed: boolean;
  threshold: EuThreshold;
  regime: Regime;
  rules: RuleSet;
  /** norms.json key of the paragraph on labels as proof. */
  labelNorm: NormKey;
  /** norms.json key of the paragraph on life-cycle costs; none stored for works. */
  lccNorm?: NormKey;
}

export const kindOf: Record<KindParam, ContractKind> = { liefer: 'supplies', bau: 'works' };
export const authorityOf: Record<AuthorityParam, Authority> = { kommune: 'municipal', land: 'state', bund: 'federal' };

export function ruleSet(kind: ContractKind, regime: Regime): RuleSet {
  if (kind === 'works') return regime === 'above' ? 'gwbVobEu' : 'vobA1';
  return regime === 'above' ? 'gwbVgv' : 'uvgo';
}

/** § 59 VgV above, § 43 Abs. 4 UVgO below (keys of norms.json); for works no paragraph is stored. */
export function lccNorm(kind: ContractKind, regime: Regime): NormKey | undefined {
  if (kind === 'works') return undefined;
  return regime === 'above' ? 'vgv59' : 'uvgo43';
}

/** The frame once value and kind are known; undefined before. */
export function legalFrame(state: Pick<AssistantState, 'wert' | 'art' | 'traeger'>, thresholds: ThresholdSet): LegalFrame | undefined {
  if (state.wert === undefined || !state.art) return undefined;
  const kind = kindOf[state.art];
  const authority = authorityOf[state.traeger ?? 'kommune'];
  const threshold = thresholdFor(thresholds, kind, authority);
  const regime = regimeFor(state.wert, threshold);
  const frame: LegalFrame = {
    kind,
    authority,
    authorityAssumed: !state.traeger,
    threshold,
    regime,
    rules: ruleSet(kind, regime),
    labelNorm: labelNorm(kind, regime),
  };
  const lcc = lccNorm(kind, regime);
  if (lcc) frame.lccNorm = lcc;
  return frame;
}

/**
 * The national value limits (content/law/thresholds.json) that concern this authority: the federal
 * ones for federal authorities, otherwise those whose scope names the Land. The UVgO's own base rule
 * is listed where nothing more specific is known.
 */
export function valueLimitsFor(limits: readonly ValueLimit[], authority: Authority, landName: string | undefined): ValueLimit[] {
  const federal = (l: ValueLimit) => l.scope.startsWith('Vergabestellen des Bundes');
  const specific = limits.filter((l) => (authority === 'federal' ? federal(l) : landName !== undefined && l.scope.startsWith(landName)));
  if (specific.length) return specific;
  return limits.filter((l) => l.scope.startsWith('Grundregel der UVgO'));
}
