// The published contract texts as data; each file cites the sentences it encodes.
export * from './support.js';
export * from './maintenance.js';
