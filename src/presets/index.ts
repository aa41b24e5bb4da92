/**
 * The published contract terms as data (Uniphore, NICE), each field traced to its sentence; the
 * 08:00–17:00 business-hours calendar.
 *
 * @module slakit/presets
 */
// The published contract texts as data; each file cites the sentences it encodes.
export * from './support.js';
export * from './maintenance.js';
