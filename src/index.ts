/**
 * slakit: service levels from real support and cloud contracts.
 *
 * The root export re-exports every module; import a subpath such as `slakit/calendar` to pull in
 * only that module.
 *
 * @module slakit
 */
export * from './core/index.js';
export { SLA_ERROR_CODES } from './core/error-codes.js';
export * from './calendar/index.js';
export * from './cases/index.js';
export * from './availability/index.js';
export * from './maintenance/index.js';
export * from './renewal/index.js';
export * from './presets/index.js';
