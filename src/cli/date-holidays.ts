// date-holidays for the command, built into dist/cli-holidays.cjs and loaded on first use.
export { default } from 'date-holidays';
