// The DST policy and the interval primitives, as docs/concepts.md describes them.
import { instantToZonedTime, intervalsLength, isSlaError, parseInstant, unionIntervals, zonedTimeToInstant } from 'slakit';

console.log('New York 02:30 on the spring day →', instantToZonedTime('America/New_York', zonedTimeToInstant('America/New_York', '2026-03-08T02:30')));
console.log('New York 01:30 on the autumn day →', instantToZonedTime('America/New_York', zonedTimeToInstant('America/New_York', '2026-11-01T01:30')));
console.log('Lord Howe 02:15 (30-minute gap)  →', instantToZonedTime('Australia/Lord_Howe', zonedTimeToInstant('Australia/Lord_Howe', '2026-10-04T02:15')));

const outages = [
  { start: Date.parse('2026-06-10T10:00:00Z'), end: Date.parse('2026-06-10T11:00:00Z') },
  { start: Date.parse('2026-06-10T10:30:00Z'), end: Date.parse('2026-06-10T12:00:00Z') },
];
console.log('merged outages:', unionIntervals(outages).map((i) => `${new Date(i.start).toISOString()} – ${new Date(i.end).toISOString()}`));
console.log('minutes down, counted once:', intervalsLength(outages) / 60_000);

try {
  parseInstant('2026-06-10T10:00');
} catch (error) {
  if (isSlaError(error)) console.log('rejected:', error.message);
}
