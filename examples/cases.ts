// Support cases under the Uniphore terms: classify a problem, follow a case's clocks, and report
// the month's response compliance. Run: npm run build && node --import tsx examples/cases.ts
import { type CaseInput, classifySeverity, complianceReport, evaluateCase } from 'slakit/cases';
import { businessHours8to5, uniphoreSupport } from 'slakit/presets';

// 1. How severe is it? The most severe matching definition wins; every reason is kept.
const { severity, reasons } = classifySeverity({ outage: 'major', storageBacklogPercent: 85 });
console.log(`Severity: Sev ${severity}`);
for (const reason of reasons) console.log(`  ${reason}`);

// 2. One case on the customer's business hours (New York, Thanksgiving closed).
const calendar = businessHours8to5('America/New_York', [{ month: 11, weekday: 'thu', nth: 4 }]);
const sev3: CaseInput = {
  id: 'CASE-1042',
  severity: 3,
  openedAt: '2026-11-20T16:30:00-05:00', // Friday, 30 minutes before closing
  events: [
    { type: 'responded', at: '2026-11-23T10:00:00-05:00' },
    { type: 'paused', at: '2026-11-23T11:00:00-05:00' }, // waiting on the customer
    { type: 'resumed', at: '2026-11-24T09:00:00-05:00' },
  ],
};
const status = evaluateCase(uniphoreSupport, calendar, sev3, { now: '2026-11-30T12:00:00-05:00' });
console.log(`\n${status.id}: ${status.state}`);
console.log(`  response due ${status.response.dueAt.toISOString()}, ${status.response.outcome} (${status.response.percentUsed.toFixed(1)}% of 24 business hours used)`);
console.log(`  next update due ${status.nextUpdateDueAt?.toISOString()}, ${status.missedUpdates} missed`);

// 3. The month: any iterable of cases, read once.
function* november(): Generator<CaseInput> {
  yield sev3;
  yield { severity: 1, openedAt: '2026-11-21T10:00:00-05:00', events: [{ type: 'responded', at: '2026-11-21T10:50:00-05:00' }] };
  yield { severity: 1, openedAt: '2026-11-25T22:00:00-05:00', events: [{ type: 'responded', at: '2026-11-25T23:30:00-05:00' }] };
  yield { severity: 2, openedAt: '2026-11-27T08:00:00-05:00', events: [{ type: 'closed', at: '2026-11-27T08:05:00-05:00' }] };
  yield { severity: 4, openedAt: '2026-11-30T09:00:00-05:00' };
}
const report = complianceReport(uniphoreSupport, calendar, november(), { now: '2026-11-30T12:00:00-05:00' });
console.log(`\nNovember: ${report.met} met, ${report.breached} breached, ${report.pending} pending, ${report.cancelled} cancelled`);
const sev1 = report.bySeverity[1]!;
console.log(`  rate ${report.rate === null ? 'n/a' : `${(report.rate * 100).toFixed(1)}%`}; Sev 1 ${sev1.rate === null ? 'n/a' : `${(sev1.rate * 100).toFixed(1)}%`} against its target of ${(sev1.target ?? 0) * 100}%: ${sev1.meetsTarget ? 'met' : 'missed'}`);
