import type { SeverityRule } from '../cases/types.js';

/**
 * The Uniphore severity definitions (UNI "Service Levels", column "Severity Level Definition";
 * TERMS.md §2) as {@link SeverityRule} data, one rule per bullet that names a fact, each reason
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
 * uniphoreSeverityRules.length; //=> 20
 * classifySeverity({ storageBacklogPercent: 85 }, uniphoreSeverityRules).severity; //=> 1
 * ```
 */
export const uniphoreSeverityRules: readonly SeverityRule[] = [
  // Sev 1 (critical)
  {
    severity: 1,
    when: { fact: 'outage', is: 'complete' },
    reason: 'Uniphore Sev 1: "The Problem causes complete outage including complete loss of service/recording and/or all licenses)."',
  },
  { severity: 1, when: { fact: 'deploymentBlocked', is: true }, reason: 'Uniphore Sev 1: "The Problem is a blocker to deployment."' },
  {
    severity: 1,
    when: { fact: 'missionCriticalWorkStopped', is: true },
    reason:
      'Uniphore Sev 1: "Work cannot reasonably continue as the feature or function does not allow completion of work and its operation is mission critical to the business."',
  },
  {
    severity: 1,
    when: { fact: 'vulnerability', is: 'public-exploit' },
    reason:
      'Uniphore Sev 1: "A vulnerability which can be publicly exploitable and known to closed user group or to public (including loss of PCI suppression)."',
  },
  {
    severity: 1,
    when: { fact: 'dataBreach', is: 'customer-environment' },
    reason: 'Uniphore Sev 1: "A customer reported breach of data from the customer\'s environment."',
  },
  { severity: 1, when: { fact: 'dataBreach', is: 'vendor-breach' }, reason: 'Uniphore Sev 1: "Customer data leakage due to Uniphore security breach."' },
  {
    severity: 1,
    when: { fact: 'vendorMalware', is: true },
    reason:
      'Uniphore Sev 1: "Ransomware/DDOS/Malware attack in Uniphore environment which compromises confidentiality, integrity, or availability of customer data."',
  },
  {
    severity: 1,
    when: { fact: 'partnerExportFailing', is: true },
    reason: 'Uniphore Sev 1: "Unable to export audio or data to agreed 3rd party or strategic partner application."',
  },
  {
    severity: 1,
    when: { fact: 'storageBacklogPercent', gt: 80 },
    reason: 'Uniphore Sev 1: "Quantify range only - the Problem caused Network Storage backlog to be >80% full."',
  },
  // Sev 2 (high)
  {
    severity: 2,
    when: { fact: 'outage', is: 'major' },
    reason:
      'Uniphore Sev 2: "The problem causes important loss of service. A major software function is experiencing a reproducible problem that causes a major inconvenience to the Customer." "An acceptable workaround may or may not be available, however, operation can continue in a restricted fashion."',
  },
  {
    severity: 2,
    when: { fact: 'vulnerability', is: 'high' },
    reason: 'Uniphore Sev 2: "A vulnerability that impacts our products, and ease of exploitability is high."',
  },
  {
    severity: 2,
    when: { fact: 'failoverTriggered', is: true },
    reason: 'Uniphore Sev 2: "When the Problem is triggering the usage of existing resilient system setup (e.g. collector failover)."',
  },
  {
    // "50%-80%" includes both ends: exactly 80 is not ">80%", so it is Sev 2 (TERMS.md §2).
    severity: 2,
    when: { fact: 'storageBacklogPercent', gte: 50, lte: 80 },
    reason: 'Uniphore Sev 2: "Quantify range only - the Problem caused Network Storage backlog to be 50%-80% full."',
  },
  // Sev 3 (medium)
  { severity: 3, when: { fact: 'outage', is: 'minor' }, reason: 'Uniphore Sev 3: "The Problem causes a minor loss of service or is a minor error."' },
  {
    severity: 3,
    when: { fact: 'workaroundAvailable', is: true },
    reason: 'Uniphore Sev 3: "The impact of the Problem is an inconvenience that may require a workaround to restore functionality or performance."',
  },
  {
    severity: 3,
    when: { fact: 'documentationError', is: true },
    reason:
      'Uniphore Sev 3: "The impact of the Problem is a minor error, incorrect behavior, or a documentation error that does not impede the operation of a system."',
  },
  {
    severity: 3,
    when: { fact: 'vulnerability', is: 'some' },
    reason: 'Uniphore Sev 3: "A vulnerability that has some exploitability probability and requires more information gathering to assess the impact."',
  },
  {
    severity: 3,
    when: { fact: 'securityIncidentReported', is: true },
    reason: 'Uniphore Sev 3: "Any reported security incident that requires further investigation to assess impact."',
  },
  // Sev 4 (low)
  { severity: 4, when: { fact: 'featureRequest', is: true }, reason: 'Uniphore Sev 4: "Adding features or functionality to the platform."' },
  {
    severity: 4,
    when: { fact: 'outage', is: 'none' },
    reason:
      'Uniphore Sev 4: "An incident with minimal or negligible impact to the system(s), organization(s) or infrastructure and does not result in any loss of confidentiality, integrity, or availability of information."',
  },
];
