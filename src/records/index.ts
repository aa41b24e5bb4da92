// Readers of case and incident records from plain rows (any CSV or JSON source), streaming.
export { readCases } from './read-cases.js';
export { readIncidents } from './read-incidents.js';
export type { AsyncRecordReader, ReadCasesOptions, ReadIncidentsOptions, ReadOptions, ReadSummary, RecordReader, Row } from './types.js';
