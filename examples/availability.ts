// A month's availability from raw incidents under both vendors' policies, with every minute shown,
// and the Uniphore maintenance windows in a customer's zone.
// Run: npm run build && node --import tsx examples/availability.ts
import { errorBudget, measureAvailability, type Incident, serviceCredit } from 'slakit/availability';
import { createMaintenanceSchedule, describeWindow, maintenanceWindowsBetween } from 'slakit/maintenance';
import { niceCloudDowntimePolicy, uniphoreDowntimePolicy, uniphoreMaintenance } from 'slakit/presets';

const maintenance = createMaintenanceSchedule(uniphoreMaintenance);

const incidents: Incident[] = [
  // Two overlapping outages: counted once.
  { id: 'INC-101', start: '2026-07-02T14:00:00Z', end: '2026-07-02T14:50:00Z', cause: 'unplanned' },
  { id: 'INC-102', start: '2026-07-02T14:30:00Z', end: '2026-07-02T15:10:00Z', cause: 'unplanned' },
  // An outage that began in June: only its July part counts.
  { id: 'INC-100', start: '2026-06-30T23:20:00Z', end: '2026-07-01T00:40:00Z', cause: 'unplanned' },
  // Scheduled maintenance that overruns the EU window (08:00–10:30 IST) by 30 minutes…
  { id: 'CHG-7', start: '2026-07-08T08:00:00+05:30', end: '2026-07-08T11:00:00+05:30', cause: 'scheduled-maintenance' },
  // …and the emergency fix right after it.
  { id: 'CHG-8', start: '2026-07-08T11:00:00+05:30', end: '2026-07-08T11:20:00+05:30', cause: 'emergency-maintenance' },
  // The customer's own network.
  { id: 'INC-103', start: '2026-07-20T09:00:00Z', end: '2026-07-20T10:00:00Z', cause: 'customer-caused' },
];

const tiers = [
  { atLeast: 99.0, below: 99.95, creditPercent: 10 },
  { atLeast: 95.0, below: 99.0, creditPercent: 25 },
  { atLeast: 0, below: 95.0, creditPercent: 50 },
];

for (const [vendor, policy] of [['NICE', niceCloudDowntimePolicy], ['Uniphore', uniphoreDowntimePolicy]] as const) {
  const report = measureAvailability({ month: '2026-07', incidents, policy, maintenance, region: 'EU' });
  console.log(`\n${vendor}: x = ${report.totalMinutes}, y = ${report.excusableMinutes}, z = ${report.unscheduledMinutes} → ${report.percent?.toFixed(4)} %`);
  for (const s of report.segments) {
    console.log(`  ${s.start.toISOString()} – ${s.end.toISOString()}  ${s.incidentId}  ${s.excusable ? 'excusable  ' : 'unscheduled'}  ${s.reason}`);
  }
  const budget = errorBudget(report, 99.95);
  console.log(`  error budget at 99.95 %: ${budget.allowedMinutes.toFixed(2)} min allowed, ${budget.remainingMinutes.toFixed(2)} min left`);
  if (report.percent !== null) console.log(`  example credit: ${serviceCredit(report.percent, tiers).creditPercent} %`);
}

console.log('\nUniphore maintenance windows for a customer in New York, week of 6 July 2026:');
for (const w of maintenanceWindowsBetween(maintenance, '2026-07-06T00:00:00-04:00', '2026-07-13T00:00:00-04:00')) {
  const d = describeWindow(w, 'America/New_York');
  console.log(`  ${w.region?.padEnd(9)} ${d.startDay} ${d.start} – ${d.endDay} ${d.end} (UTC${d.utcOffset})`);
}
