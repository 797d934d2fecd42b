import type { EuThreshold, NormKey, Thresholds } from '../../schemas/law';

/** What is bought: supplies and services, or works. */
export type ContractKind = 'supplies' | 'works';
/** Above or below the EU threshold. */
export type Regime = 'above' | 'below';

/** The EU thresholds that depend only on contract kind and authority. */
export type ThresholdSet = Pick<Thresholds['eu'], 'works' | 'suppliesSubCentral' | 'suppliesCentral'>;

/** Who buys: a municipality, a Land authority, or a supreme or higher federal authority. */
export type Authority = 'municipal' | 'state' | 'federal';

/**
 * The EU threshold for a contracting authority and contract kind. Works have one threshold for
 * all; for supplies and services the directive's central government authorities (in Germany the
 * supreme and higher federal authorities) have the lower one, Länder and municipalities the other.
 */
export function thresholdFor(eu: ThresholdSet, kind: ContractKind, authority: Authority): EuThreshold {
  if (kind === 'works') return eu.works;
  return authority === 'federal' ? eu.suppliesCentral : eu.suppliesSubCentral;
}

/** The EU threshold that applies to a municipality (a sub-central contracting authority) for a contract kind. */
export function municipalThreshold(thresholds: Thresholds, kind: ContractKind): EuThreshold {
  return thresholdFor(thresholds.eu, kind, 'municipal');
}

/** Whether a threshold's period covers the day `at` (YYYY-MM-DD comparison in UTC). */
export function isCurrent(threshold: EuThreshold, at: Date): boolean {
  const day = at.toISOString().slice(0, 10);
  return threshold.validFrom <= day && day <= threshold.validUntil;
}

/**
 * Above or below the EU threshold for an estimated net contract value. § 106 GWB applies Part 4
 * of the GWB to contracts whose estimated value without VAT reaches or exceeds the threshold.
 */
export function regimeFor(estimatedNet: number, threshold: EuThreshold): Regime {
  return estimatedNet >= threshold.amount ? 'above' : 'below';
}

/**
 * The paragraph (content/law/norms.json) that lets a municipality ask for a label as proof:
 * § 34 VgV and § 7a EU VOB/A above the thresholds, § 24 UVgO and § 7a VOB/A below. Below the
 * thresholds the UVgO binds a municipality only as far as its Land says so.
 */
export function labelNorm(kind: ContractKind, regime: Regime): NormKey {
  if (kind === 'works') return regime === 'above' ? 'vobEu7a' : 'vob7a';
  return regime === 'above' ? 'vgv34' : 'uvgo24';
}
