// A deterministic month of support cases and incidents for the service report (and the month
// before it, for the comparison): customers in several zones, replies that are late more often at
// weekends and for one customer, incidents of every cause. The same seed gives the same files.
//
//   node scripts/generate-month.mjs DIR [CASES_PER_MONTH] [INCIDENTS_PER_MONTH]
//
// writes DIR/cases.csv and DIR/incidents.csv (the columns of `slakit cases` and `slakit availability`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Customers, their zones, and how slow their replies run (1 = as usual). */
export const CUSTOMERS = [
  { name: 'Acme Retail', zone: 'America/New_York', slow: 1 },
  { name: 'Harbour Bank', zone: 'Australia/Sydney', slow: 1.6 },
  { name: 'Hanse Logistik', zone: 'Europe/Berlin', slow: 0.8 },
  { name: 'Prairie Health', zone: 'America/New_York', slow: 1.1 },
  { name: 'Southern Cross Energy', zone: 'Australia/Sydney', slow: 0.9 },
];
const CAUSES = ['unplanned', 'unplanned', 'unplanned', 'scheduled-maintenance', 'customer-caused', 'third-party'];
/** The typical first reply per level, in wall minutes (Northwind's targets: 30 min 24×7, 2, 8 business hours, 2 and 5 business days). */
const REPLY_MINUTES = [0, 12, 45, 160, 900, 2400];

function random(seed) {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31), state / 2 ** 31);
}
const iso = (ms) => new Date(ms).toISOString();

/** The cases and incidents of September and October 2026 as CSV texts. */
export function generateMonth({ cases = 2040, incidents = 20, seed = 2026 } = {}) {
  const next = random(seed);
  const caseLines = ['id,severity,openedAt,respondedAt,resolutionNoticeAt,events,timeZone,customer'];
  let n = 0;
  for (const [month, days] of [[8, 30], [9, 31]]) {
    const from = Date.UTC(2026, month, 1);
    const count = month === 9 ? cases : Math.round(cases * 0.95);
    for (let i = 0; i < count; i++) {
      const customer = CUSTOMERS[Math.floor(next() * CUSTOMERS.length)];
      // Opened a little after midnight UTC on the 1st to a little before the end: inside the month in every zone.
      const opened = from + 15 * 3_600_000 + Math.floor(next() * (days - 1.5) * 1440) * 60_000;
      const weekday = new Date(opened).getUTCDay();
      const weekend = weekday === 0 || weekday === 6;
      const severity = 1 + Math.min(4, Math.floor(-Math.log(1 - next()) * 1.6));
      // A skewed reply time: most well inside the target, a tail beyond it; slower at weekends and in October.
      const factor = customer.slow * (weekend && severity === 1 ? 2.6 : 1) * (month === 9 ? 1.15 : 1) * -Math.log(1 - next() * 0.999);
      const answered = next() < 0.97;
      const responded = answered ? opened + Math.max(1, Math.round(REPLY_MINUTES[severity] * factor)) * 60_000 : null;
      const events = [];
      // P1 and P2 are resolved (P1 within hours), with updates until then, now and then one missed.
      const resolvedAt = responded === null ? null : severity <= 2 || next() < 0.8 ? responded + Math.round((severity === 1 ? 200 : 2000) * customer.slow * -Math.log(1 - next() * 0.999)) * 60_000 : null;
      if (responded !== null && resolvedAt !== null && severity <= 2) {
        const every = severity === 1 ? 50 : 100;
        for (let at = responded + every * 60_000; at < resolvedAt; at += every * 60_000) if (next() < 0.985) events.push(`updated@${iso(at)}`);
      }
      const resolved = resolvedAt === null ? '' : iso(resolvedAt);
      n++;
      caseLines.push([`CS-${String(n).padStart(5, '0')}`, severity, iso(opened), responded === null ? '' : iso(responded), resolved, events.length === 0 ? '' : `"${events.join(';')}"`, customer.zone, customer.name].join(','));
    }
  }
  const incidentLines = ['id,start,end,cause'];
  let k = 0;
  for (const [month, days] of [[8, 30], [9, 31]]) {
    const from = Date.UTC(2026, month, 1);
    for (let i = 0; i < incidents; i++) {
      const start = from + Math.floor(next() * (days - 1) * 1440) * 60_000;
      const cause = CAUSES[Math.floor(next() * CAUSES.length)];
      const minutes = 2 + Math.floor(next() * (month === 9 ? 24 : 12));
      k++;
      incidentLines.push(`INC-${String(k).padStart(3, '0')},${iso(start)},${iso(start + minutes * 60_000)},${cause}`);
    }
  }
  return { cases: `${caseLines.join('\n')}\n`, incidents: `${incidentLines.join('\n')}\n` };
}

/** Writes the generated month to `dir`; returns the two paths. */
export function writeMonth(dir, options) {
  mkdirSync(dir, { recursive: true });
  const { cases, incidents } = generateMonth(options);
  const paths = { cases: join(dir, 'cases.csv'), incidents: join(dir, 'incidents.csv') };
  writeFileSync(paths.cases, cases);
  writeFileSync(paths.incidents, incidents);
  return paths;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'month', cases, incidents] = process.argv.slice(2);
  const paths = writeMonth(dir, { ...(cases === undefined ? {} : { cases: Number(cases) }), ...(incidents === undefined ? {} : { incidents: Number(incidents) }) });
  console.log(`wrote ${paths.cases} and ${paths.incidents}`);
}
