// The browser page: severity + opening time + zone → response due, next maintenance window, countdown.
import {
  businessHours8to5,
  createMaintenanceSchedule,
  describeWindow,
  evaluateCase,
  instantToZonedTime,
  isSlaError,
  nextMaintenanceWindow,
  uniphoreMaintenance,
  uniphoreSupport,
  zonedTimeToInstant,
} from 'slakit';

const ZONES = ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Sydney', 'UTC'];
const schedule = createMaintenanceSchedule(uniphoreMaintenance);
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const form = element<HTMLFormElement>('case');
const severity = element<HTMLSelectElement>('severity');
const opened = element<HTMLInputElement>('opened');
const zone = element<HTMLSelectElement>('zone');
const region = element<HTMLSelectElement>('region');

for (const name of ZONES) zone.add(new Option(name, name));
for (const w of uniphoreMaintenance.windows) region.add(new Option(w.region as string, w.region as string));
const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
zone.value = ZONES.includes(browserZone) ? browserZone : 'America/New_York';
region.value = 'US';
opened.value = instantToZonedTime(zone.value, Date.now()).slice(0, 16);

/** `Wed 2026-11-25 13:30 -05:00`: the wall time in the zone, from slakit's one zone converter. */
function local(at: Date, timeZone: string): string {
  const text = instantToZonedTime(timeZone, at);
  const weekday = WEEKDAYS[new Date(`${text.slice(0, 10)}T00:00:00Z`).getUTCDay()] as string;
  return `${weekday} ${text.slice(0, 10)} ${text.slice(11, 16)} ${text.slice(23)}`;
}

function countdown(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  const parts = [Math.floor(seconds / 86_400), Math.floor(seconds / 3_600) % 24, Math.floor(seconds / 60) % 60, seconds % 60];
  const text = `${parts[0]}d ${parts[1]}h ${parts[2]}m ${parts[3]}s`;
  return ms >= 0 ? `${text} left` : `overdue by ${text}`;
}

let dueAt: Date | null = null;
function tick(): void {
  element('countdown').textContent = dueAt === null ? '—' : countdown(dueAt.getTime() - Date.now());
}

function update(): void {
  element('error').textContent = '';
  try {
    const timeZone = zone.value;
    const openedAt = zonedTimeToInstant(timeZone, opened.value);
    const level = Number(severity.value) as 1 | 2 | 3 | 4;
    const status = evaluateCase(uniphoreSupport, businessHours8to5(timeZone), { severity: level, openedAt }, { now: openedAt });
    dueAt = status.response.dueAt;
    element('due').textContent = local(dueAt, timeZone);
    const next = describeWindow(nextMaintenanceWindow(schedule, Date.now() > openedAt.getTime() ? Date.now() : openedAt, { region: region.value }), timeZone);
    const day = (d: string): string => d.charAt(0).toUpperCase() + d.slice(1);
    element('window').textContent = `${day(next.startDay)} ${next.startDate} ${next.start} – ${next.endDate === next.startDate ? '' : `${day(next.endDay)} `}${next.end} ${next.utcOffset}`;
  } catch (error) {
    dueAt = null;
    element('due').textContent = '—';
    element('error').textContent = isSlaError(error) ? error.message : String(error);
  }
  tick();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  update();
});
for (const control of [severity, opened, zone, region]) control.addEventListener('change', update);
setInterval(tick, 1000);
update();
