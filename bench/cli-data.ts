// Generated input files for the command-line benchmarks: cases and incidents, many rows.
import { closeSync, openSync, writeSync } from 'node:fs';

/** A case CSV of `rows` rows opened through October 2026 in three zones, most responded to, some paused. */
export function writeCaseCsv(path: string, rows: number): void {
  const fd = openSync(path, 'w');
  const zones = ['', 'Europe/London', 'Asia/Kolkata'];
  let buffer = 'id,severity,openedAt,respondedAt,resolutionNoticeAt,closedAt,events,timeZone,customer\n';
  const from = Date.UTC(2026, 9, 1);
  const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 19) + 'Z';
  for (let i = 0; i < rows; i++) {
    const opened = from + (i % 28) * 86_400_000 + (i % 24) * 3_600_000 + (i % 60) * 60_000;
    const responded = i % 7 === 0 ? '' : iso(opened + (i % 5) * 1_800_000 + (i % 13) * 60_000);
    const events = i % 11 === 0 ? `paused@${iso(opened + 30_000)};resumed@${iso(opened + 86_400_000)}` : '';
    buffer += `CS-${i},${(i % 4) + 1},${iso(opened)},${i % 11 === 0 ? '' : responded},,,${events},${zones[i % 3] as string},cust-${i % 50}\n`;
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
  }
  writeSync(fd, buffer);
  closeSync(fd);
}

/** An incident CSV of `rows` incidents spread over October 2026, with mixed causes. */
export function writeIncidentCsv(path: string, rows: number): void {
  const fd = openSync(path, 'w');
  const causes = ['unplanned', 'unplanned', 'scheduled-maintenance', 'third-party', 'customer-caused'];
  let buffer = 'id,start,end,cause\n';
  const month = 31 * 86_400_000;
  const from = Date.UTC(2026, 9, 1);
  for (let i = 0; i < rows; i++) {
    const start = from + Math.floor((i / rows) * month);
    const end = start + 60_000 + (i % 17) * 13_000;
    buffer += `INC-${i},${new Date(start).toISOString()},${new Date(end).toISOString()},${causes[i % causes.length] as string}\n`;
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
  }
  writeSync(fd, buffer);
  closeSync(fd);
}

/**
 * The cases of {@link writeCaseCsv} as a ticketing system exports them: its own column names, `;`
 * as separator, local times in America/New_York without an offset, and P1–P4 labels.
 */
export function writeExportCsv(path: string, rows: number): void {
  const fd = openSync(path, 'w');
  let buffer = 'Ticket ID;Created at;Priority;First reply at;History;Account\n';
  const from = Date.UTC(2026, 9, 1);
  // New York is UTC−4 through October 2026 (EDT) and UTC−5 from 1 November.
  const local = (ms: number): string => new Date(ms - (ms < Date.UTC(2026, 10, 1, 6) ? 4 : 5) * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
  for (let i = 0; i < rows; i++) {
    const opened = from + 4 * 3_600_000 + (i % 28) * 86_400_000 + (i % 24) * 3_600_000 + (i % 60) * 60_000;
    const responded = i % 7 === 0 || i % 11 === 0 ? '' : local(opened + (i % 5) * 1_800_000 + (i % 13) * 60_000);
    const events = i % 11 === 0 ? `"paused@${local(opened + 60_000)};resumed@${local(opened + 86_400_000)}"` : '';
    buffer += `CS-${i};${local(opened)};P${(i % 4) + 1};${responded};${events};cust-${i % 50}\n`;
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
  }
  writeSync(fd, buffer);
  closeSync(fd);
}
