// A support contract's five terms (fees, dates, notice deadlines), a cloud subscription's start
// dates, and one month's concurrent-agent bill. Run: npm run build && node --import tsx examples/renewal.ts
import { commencementDate, initiationDate, isSlaError, overage, peakConcurrentUsers, renewalSchedule, renewFee } from 'slakit';

const dollars = (cents: number | bigint): string => {
  const c = BigInt(cents);
  return `$${(c / 100n).toLocaleString('en-US')}.${String(c % 100n).padStart(2, '0')}`;
};

// NOP §2: 12-month terms from the Delivery Date; each renewal may rise by the greater of 5% or CPI-U.
const terms = renewalSchedule({
  feeMinor: 1_200_010,
  start: '2026-03-15',
  cap: 0.08,
  renewals: [
    { cpi: { previous: 304.702, current: 313.689 } }, // CPI-U annual averages 2023 → 2024: +2.95%
    { cpi: 0.0612 },
    { cpi: -0.004 },
    { cpi: 0.091 },
  ],
});
console.log('term | runs                    | fee          | rule    | non-renewal notice by');
for (const t of terms) {
  console.log(`${t.term}    | ${t.start} – ${t.end} | ${dollars(t.feeMinor).padStart(12)} | ${t.rule.padEnd(7)} | ${t.noticeDeadline}`);
}

// Floats would round this one wrong: 100 × 1.035 is 103.49999999999999 in floating point.
console.log('\n100 cents at a 3.5% floor →', renewFee(100, { cpi: 0, floor: 0.035 }).feeMinor, 'cents (exactly 103.5, half up)');
console.log('a $10^18 fee as a bigint  →', dollars(renewFee(100_000_000_000_000_000_000n, { cpi: 0.0612 }).feeMinor));

// NCS §1: Initiation Date = earliest of notice, Production use, Effective Date + 3 months.
const initiation = initiationDate({ effectiveDate: '2026-01-15', productionUse: '2026-03-02', availabilityNotice: '2026-03-09' });
console.log('\nInitiation Date:', initiation.date, `(${initiation.rule}); Commencement Date:`, commencementDate(initiation.date));

// NCS §1: the month's Peak Agent Amount, and the agents above the committed minimum.
const sessions = [];
for (let agent = 0; agent < 40; agent++) {
  const shiftStart = Date.parse('2026-06-01T13:00:00Z') + (agent % 3) * 4 * 3_600_000;
  for (let day = 0; day < 30; day++) {
    const start = shiftStart + day * 86_400_000 + ((agent * 7 + day * 13) % 60) * 60_000;
    sessions.push({ user: `agent-${agent}`, start, end: start + 8 * 3_600_000 });
  }
}
const june = peakConcurrentUsers(sessions, { month: '2026-06', timeZone: 'America/New_York' });
console.log(`June peak: ${june.peak} agents on ${june.day}, first at ${june.at.toISOString()} (${june.users} agents logged in during the month)`);
const bill = overage({ peak: june.peak, minimumCommitted: 20, unitPriceMinor: 15_000 });
console.log(`Overage: ${bill.overageUsers} agents × $150.00 = ${dollars(bill.chargeMinor)}`);

try {
  renewalSchedule({ feeMinor: 1_200_010, start: '2026-03-15', termMonths: 0, renewals: [] });
} catch (error) {
  if (isSlaError(error)) console.log('\nrejected:', error.message);
}
