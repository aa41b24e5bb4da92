import { describe, expect, it, vi } from 'vitest';
import { isSlaError } from '../../src/core/errors.js';
import { createMaintenanceSchedule, nextMaintenanceWindow } from '../../src/maintenance/index.js';

// The engine never runs out of weekly windows inside Date's range (past its end the result fails
// as NO_OPEN_TIME anyway); this pins the branch for an engine that finds none within 50 years.
vi.mock('../../src/calendar/stretch.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/calendar/stretch.js')>()),
  stretchStartingFrom: () => null,
}));

describe('nextMaintenanceWindow when the engine finds no window within 50 years', () => {
  it('throws NO_OPEN_TIME', () => {
    const schedule = createMaintenanceSchedule({ timeZone: 'UTC', windows: [{ day: 'mon', start: '01:00', end: '02:00' }, { day: 'tue', start: '01:00', end: '02:00' }] });
    let thrown: unknown;
    try {
      nextMaintenanceWindow(schedule, '2026-07-01T00:00:00Z');
    } catch (error) {
      thrown = error;
    }
    expect(isSlaError(thrown) && thrown.code).toBe('NO_OPEN_TIME');
    expect(String(thrown)).toContain('maintenance window');
  });
});
