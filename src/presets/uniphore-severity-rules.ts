import type { FactCondition, FactValue, SeverityCondition, SeverityLevel, SeverityRule } from '../cases/types.js';

/** A rule of level `severity` whose reason quotes its Uniphore bullets word for word. */
// @__NO_SIDE_EFFECTS__
function rule(severity: SeverityLevel, when: SeverityCondition, ...bullets: string[]): SeverityRule {
  return { severity, when, reason: `Uniphore Sev ${severity}: "${bullets.join('" "')}"` };
}

/** The condition that `fact` has the value `value`. */
// @__NO_SIDE_EFFECTS__
function is(fact: string, value: FactValue): FactCondition {
  return { fact, is: value };
}

/**
 * The Uniphore severity definitions (Uniphore Support SLAs, "Service Levels",
 * column "Severity Level Definition") as {@link SeverityRule} data, one rule per bullet that names a fact, each reason
 * quoting its bullet word for word. `classifySeverity` uses this very array when no rules are
 * given; extend it with `[...uniphoreSeverityRules, myRule]`.
 *
 * Two Sev 2 bullets have no rule of their own: "An acceptable workaround may or may not be
 * available, however, operation can continue in a restricted fashion." qualifies the major-loss
 * bullet before it (its reason quotes both), and "The current release should be patched …" is a
 * remedy, not a definition.
 *
 * @example
 * ```ts
 * import { uniphoreSeverityRules } from 'slakit/presets';
 * import { classifySeverity } from 'slakit/cases';
 *
 * uniphoreSeverityRules.length; //=> 20
 * classifySeverity({ storageBacklogPercent: 85 }, uniphoreSeverityRules).severity; //=> 1
 * ```
 */
export const uniphoreSeverityRules: readonly SeverityRule[] = [
  // Sev 1 (critical)
  rule(1, is('outage', 'complete'), 'The Problem causes complete outage including complete loss of service/recording and/or all licenses).'),
  rule(1, is('deploymentBlocked', true), 'The Problem is a blocker to deployment.'),
  rule(1, is('missionCriticalWorkStopped', true), 'Work cannot reasonably continue as the feature or function does not allow completion of work and its operation is mission critical to the business.'),
  rule(1, is('vulnerability', 'public-exploit'), 'A vulnerability which can be publicly exploitable and known to closed user group or to public (including loss of PCI suppression).'),
  rule(1, is('dataBreach', 'customer-environment'), "A customer reported breach of data from the customer's environment."),
  rule(1, is('dataBreach', 'vendor-breach'), 'Customer data leakage due to Uniphore security breach.'),
  rule(1, is('vendorMalware', true), 'Ransomware/DDOS/Malware attack in Uniphore environment which compromises confidentiality, integrity, or availability of customer data.'),
  rule(1, is('partnerExportFailing', true), 'Unable to export audio or data to agreed 3rd party or strategic partner application.'),
  rule(1, { fact: 'storageBacklogPercent', gt: 80 }, 'Quantify range only - the Problem caused Network Storage backlog to be >80% full.'),
  // Sev 2 (high)
  rule(2, is('outage', 'major'), 'The problem causes important loss of service. A major software function is experiencing a reproducible problem that causes a major inconvenience to the Customer.', 'An acceptable workaround may or may not be available, however, operation can continue in a restricted fashion.'),
  rule(2, is('vulnerability', 'high'), 'A vulnerability that impacts our products, and ease of exploitability is high.'),
  rule(2, is('failoverTriggered', true), 'When the Problem is triggering the usage of existing resilient system setup (e.g. collector failover).'),
  // "50%-80%" includes both ends: exactly 80 is not ">80%", so it is Sev 2.
  rule(2, { fact: 'storageBacklogPercent', gte: 50, lte: 80 }, 'Quantify range only - the Problem caused Network Storage backlog to be 50%-80% full.'),
  // Sev 3 (medium)
  rule(3, is('outage', 'minor'), 'The Problem causes a minor loss of service or is a minor error.'),
  rule(3, is('workaroundAvailable', true), 'The impact of the Problem is an inconvenience that may require a workaround to restore functionality or performance.'),
  rule(3, is('documentationError', true), 'The impact of the Problem is a minor error, incorrect behavior, or a documentation error that does not impede the operation of a system.'),
  rule(3, is('vulnerability', 'some'), 'A vulnerability that has some exploitability probability and requires more information gathering to assess the impact.'),
  rule(3, is('securityIncidentReported', true), 'Any reported security incident that requires further investigation to assess impact.'),
  // Sev 4 (low)
  rule(4, is('featureRequest', true), 'Adding features or functionality to the platform.'),
  rule(4, is('outage', 'none'), 'An incident with minimal or negligible impact to the system(s), organization(s) or infrastructure and does not result in any loss of confidentiality, integrity, or availability of information.'),
];
