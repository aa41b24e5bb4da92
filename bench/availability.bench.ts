// Availability and maintenance windows: measureAvailability over 100,000 incidents in one month
// (sort and sweep, n log n) and maintenanceWindowAt lookups over the five Uniphore windows.
import { measureAvailability, type Incident, type IncidentCause, INCIDENT_CAUSES } from '../src/availability/index.js';
import { createMaintenanceSchedule, describeWindow, maintenanceWindowAt, nextMaintenanceWindow } from '../src/maintenance/index.js';
import { niceCloudDowntimePolicy, uniphoreMaintenance } from '../src/presets/index.js';
import { type BenchGroup, report, timeOnce } from './harness.js';

// Deterministic random numbers.
let seed = 42;
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

const schedule = createMaintenanceSchedule(uniphoreMaintenance);
const JUNE = Date.UTC(2026, 5, 1);
const MONTH = 30 * 86_400_000;

// Incidents over June 2026 (and a little beyond its edges), 1 s to 2 h long, every cause; many overlap.
function incidents(count: number): Incident[] {
  return Array.from({ length: count }, (_, i): Incident => {
    const start = JUNE - 3_600_000 + Math.floor(random() * (MONTH + 2 * 3_600_000));
    const length = 1000 + Math.floor(random() * 2 * 3_600_000);
    const cause = INCIDENT_CAUSES[Math.floor(random() * INCIDENT_CAUSES.length)] as IncidentCause;
    return { id: `INC-${i}`, start: new Date(start), end: new Date(start + length), cause };
  });
}
const large = incidents(100_000);
const small = incidents(1_000);
const measure = (list: Incident[]) => (): unknown =>
  measureAvailability({ month: '2026-06', incidents: list, policy: niceCloudDowntimePolicy, maintenance: schedule, region: 'EU' });
const measureDropping = (list: Incident[]) => (): unknown =>
  measureAvailability({ month: '2026-06', incidents: list, policy: { ...niceCloudDowntimePolicy, partialMinutes: 'drop-under-one-minute' }, maintenance: schedule, region: 'EU' });

const instants = Array.from({ length: 1024 }, () => Date.UTC(2026, 0, 1) + Math.floor(random() * 365 * 86_400_000));
let i = 0;
const next = (): number => instants[i++ & 1023] as number;
const occurrence = nextMaintenanceWindow(schedule, JUNE, { region: 'US' });

const groups: BenchGroup[] = [
  { workload: 'measureAvailability, 100,000 incidents in one month', target: '≤ 200 ms per call (≥ 5 ops/s)', tasks: [{ name: 'slakit (NCS policy, EU windows)', fn: measure(large) }] },
  { workload: 'measureAvailability, 100,000 incidents, drop-under-one-minute', target: '≤ 200 ms per call', tasks: [{ name: 'slakit (NCS policy, EU windows)', fn: measureDropping(large) }] },
  { workload: 'measureAvailability, 1,000 incidents', target: 'scales n log n', tasks: [{ name: 'slakit (NCS policy, EU windows)', fn: measure(small) }] },
  { workload: 'maintenanceWindowAt, 5 Uniphore windows', target: '≥ 1,000,000 lookups/s', tasks: [{ name: 'slakit (Asia/Kolkata)', fn: () => maintenanceWindowAt(schedule, next()) }] },
  { workload: "maintenanceWindowAt, region 'EU'", target: '≥ 1,000,000 lookups/s', tasks: [{ name: 'slakit (Asia/Kolkata)', fn: () => maintenanceWindowAt(schedule, next(), { region: 'EU' }) }] },
  { workload: 'nextMaintenanceWindow, 5 windows', target: '—', tasks: [{ name: 'slakit (Asia/Kolkata)', fn: () => nextMaintenanceWindow(schedule, next()) }] },
  { workload: 'describeWindow in America/New_York', target: '—', tasks: [{ name: 'slakit', fn: () => describeWindow(occurrence, 'America/New_York') }] },
];

await report('Availability and maintenance windows (slakit/availability, slakit/maintenance)', groups, { time: 1000 });
const best = timeOnce(measure(large), 5);
console.log(`measureAvailability over 100,000 incidents: best of 5 runs ${best.toFixed(1)} ms (target ≤ 200 ms).\n`);
