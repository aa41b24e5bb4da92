// The browser test's scenario: a Sev 3 case opened Friday 2026-11-20 16:30 in New York.
// 0.5 + 9 + 9 + 5.5 business hours → due Wednesday 2026-11-25 13:30 EST.
export async function check(page) {
  await page.selectOption('#severity', '3');
  await page.selectOption('#zone', 'America/New_York');
  await page.selectOption('#region', 'US');
  await page.fill('#opened', '2026-11-20T16:30');
  await page.click('#compute');
  const due = await page.textContent('[data-testid=due]');
  if (due !== 'Wed 2026-11-25 13:30 -05:00') throw new Error(`due time shown: ${due}; expected Wed 2026-11-25 13:30 -05:00`);
  const window = await page.textContent('[data-testid=window]');
  if (!/^Mon \d{4}-\d\d-\d\d (00:00 – 02:00 -05:00|01:00 – 03:00 -04:00)$/.test(window ?? '')) throw new Error(`maintenance window shown: ${window}`);
  const first = await page.textContent('[data-testid=countdown]');
  if (!/^(\d+d \d+h \d+m \d+s left|overdue by \d+d \d+h \d+m \d+s)$/.test(first ?? '')) throw new Error(`countdown shown: '${first}'`);
  // It is live: the text changes within a few seconds without any input.
  await page.waitForFunction((before) => document.querySelector('[data-testid=countdown]')?.textContent !== before, first, { timeout: 5000 });
  const second = await page.textContent('[data-testid=countdown]');
  // A Sev 1 case in London: one hour around the clock.
  await page.selectOption('#severity', '1');
  await page.selectOption('#zone', 'Europe/London');
  await page.fill('#opened', '2026-11-21T10:00');
  await page.click('#compute');
  const sev1 = await page.textContent('[data-testid=due]');
  if (sev1 !== 'Sat 2026-11-21 11:00 +00:00') throw new Error(`Sev 1 due time shown: ${sev1}; expected Sat 2026-11-21 11:00 +00:00`);
  return `Sev 3 due ${due}; Sev 1 due ${sev1}; next US window ${window}; countdown '${second}'`;
}
