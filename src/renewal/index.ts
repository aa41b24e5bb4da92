/**
 * Commercial terms: renewal uplift max(5%, CPI-U) in exact integer money, support-term and notice
 * dates, cloud start dates and concurrent-user billing.
 *
 * @module slakit/renewal
 */
// Commercial terms: renewal price uplift, support-term and notice dates, cloud start dates and
// concurrent-user billing (NiCE On-Premise Support Policy §2, §5; NiCE Cloud Services Terms §1).
export { commencementDate } from './commencement-date.js';
export { cpiChange } from './cpi-change.js';
export type { CpiIndexPair } from './cpi-change.js';
export { deadlineAfter } from './deadline-after.js';
export { endOfSupport } from './end-of-support.js';
export { initiationDate } from './initiation-date.js';
export type { InitiationDateResult, InitiationDates, InitiationRule } from './initiation-date.js';
export type { MinorUnits, SameMoney } from './money.js';
export { nonRenewalNoticeDeadline } from './non-renewal-notice-deadline.js';
export { overage } from './overage.js';
export type { Overage, OverageOptions } from './overage.js';
export { peakConcurrentUsers } from './peak-concurrent-users.js';
export type { ConcurrentSession, PeakConcurrentUsers, PeakConcurrentUsersOptions } from './peak-concurrent-users.js';
export { renewFee } from './renew-fee.js';
export type { RenewalRounding, RenewedFee, RenewFeeOptions } from './renew-fee.js';
export { renewalSchedule } from './renewal-schedule.js';
export type { RenewalInput, RenewalScheduleOptions, RenewalTerm } from './renewal-schedule.js';
export { type RenewalTermRow, renewalTermRows } from './renewal-term-rows.js';
export { renewalUplift } from './renewal-uplift.js';
export type { CpiInput, ExactRenewalUplift, RenewalUplift, RenewalUpliftOptions, UpliftRule } from './renewal-uplift.js';
export { supportTerm } from './support-term.js';
export type { SupportTermDates } from './support-term.js';
