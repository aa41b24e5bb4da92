/**
 * slakit: service levels from real support and cloud contracts.
 *
 * The root export re-exports every module; import a subpath such as `slakit/calendar` to pull in
 * only that module.
 *
 * @packageDocumentation
 */
export * from './core/index.js';
export * from './calendar/index.js';
