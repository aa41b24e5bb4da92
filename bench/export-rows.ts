// Deterministic case data for the records benches: cases as slakit takes them, and the same cases
// as rows of a ticketing export (text cells, other column names, P-labels, optionally local times).
import type { CaseEvent, CaseInput } from '../src/cases/index.js';
import type { Row } from '../src/records/index.js';

const MINUTE = 60_000;
const YEAR_START = Date.UTC(2026, 0, 1);

/** Deterministic cases over 2026: severities 10/20/40/30%, a response, sometimes a pause and a resolution. */
export function* generateCases(count: number, seed = 11): Generator<CaseInput> {
  let state = seed;
  const random = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  for (let c = 0; c < count; c++) {
    const r = random();
    const severity = r < 0.1 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : 4;
    const openedAt = YEAR_START + Math.floor(random() * 364 * 1440) * MINUTE;
    const events: CaseEvent[] = [];
    let t = openedAt + Math.floor(1 + random() * (severity <= 2 ? 150 : 2400)) * MINUTE;
    events.push({ type: 'responded', at: t });
    if (random() < 0.3) {
      events.push({ type: 'paused', at: (t += 60 * MINUTE) }, { type: 'resumed', at: (t += Math.floor(random() * 2880) * MINUTE) });
    }
    if (random() < 0.8) events.push({ type: 'resolution-notice', at: t + Math.floor(random() * 4000) * MINUTE });
    yield { id: `C-${c}`, severity, openedAt, events };
  }
}

const iso = (ms: number): string => new Date(ms).toISOString();
const wall = (ms: number): string => new Date(ms - 5 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** The same cases as rows of a ticketing export: text cells, other column names, P-labels, optionally local times. */
export function* exportRows(count: number, local: boolean): Generator<Row> {
  for (const c of generateCases(count)) {
    const at = local ? wall : iso;
    const events = c.events ?? [];
    yield {
      ticket: String(c.id),
      created_at: at(c.openedAt as number),
      priority: `P${c.severity}`,
      first_reply: at(events[0]?.at as number),
      history: events.slice(1).map((e) => `${e.type}@${at(e.at as number)}`).join(';'),
    };
  }
}

/** The column mapping of those rows. */
export const exportMapping = { columns: { ticket: 'id', created_at: 'openedAt', priority: 'severity', first_reply: 'respondedAt', history: 'events' }, severities: { P1: 1, P2: 2, P3: 3, P4: 4 } } as const;
