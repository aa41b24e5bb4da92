/**
 * Data at scale: a streaming CSV reader, streaming readers of case and incident records from plain
 * rows (any CSV or JSON source), and exact merges of reports computed over shards.
 *
 * @module slakit/records
 */
export { availabilityReportOf, availabilityShard, incidentInShardRange, mergeAvailabilityShards } from './availability-shard.js';
export type { AvailabilityShard, ShardSegment } from './availability-shard.js';
export { freshdeskProfile, importProfiles, jiraProfile, serviceNowProfile, zendeskProfile } from './import-profiles.js';
export type { DerivedTime, HistoryColumns, ImportProfile, ProfileSource } from './import-profile.js';
export { joinCustomerDirectory, readCustomerDirectory } from './customer-directory.js';
export { mergeComplianceReports } from './merge-compliance-reports.js';
export { readCases } from './read-cases.js';
export { readCsv } from './read-csv.js';
export type { ReadCsvOptions } from './read-csv.js';
export { readIncidents } from './read-incidents.js';
export { joinStatusHistory, readStatusHistory } from './read-status-history.js';
export type { AsyncRecordReader, CustomerDirectory, CustomerEntry, JoinCustomersOptions, ReadCustomerDirectoryOptions, ReadCasesOptions, ReadIncidentsOptions, ReadOptions, ReadStatusHistoryOptions, ReadSummary, RecordReader, Row, StatusHistory } from './types.js';
