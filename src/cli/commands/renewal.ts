import { renewalSchedule } from '../../renewal/renewal-schedule.js';
import type { Command, CommandContext } from '../command.js';
import { describeValue } from '../../core/errors.js';
import { CONTRACT_HELP, CONTRACT_OPTIONS, contractOption } from '../contract-option.js';
import { renewalDeadlinesToIcs } from '../../ics/renewal-deadlines-to-ics.js';
import { ICS_HELP, ICS_OPTIONS, icsRequest, icsResult } from '../ics-option.js';
import { minorDigits, parseMajorUnits, parseRate } from '../money.js';
import { renewalTermRows } from '../../renewal/renewal-term-rows.js';
import { choiceOption, CSV_HELP, CSV_OPTION, DIGITS_HELP, DIGITS_OPTION, digitsOption, fromOption, integerOption, STRICT_HELP, stringOption, toJson } from '../options.js';
import { type Column, formatPercent, formatTable } from '../table.js';
import { UsageError } from '../usage-error.js';

/** The options a contract without renewal terms must be given: each term it would otherwise borrow. */
const TERM_OPTIONS = ['term-months', 'notice-days', 'floor', 'rounding'] as const;

function requireStatedTerms(context: CommandContext, name: string): void {
  const missing = TERM_OPTIONS.filter((option) => stringOption(context, option) === undefined);
  if (missing.length === 0) return;
  throw new UsageError(
    `--contract ${describeValue(name)} states no renewal terms (term length, notice period, uplift, rounding); give them: ${missing.map((option) => `--${option} ${TERM_EXAMPLES[option]}`).join(' ')}`,
  );
}

const TERM_EXAMPLES: Readonly<Record<(typeof TERM_OPTIONS)[number], string>> = { 'term-months': 'N', 'notice-days': 'N', floor: 'RATE', rounding: 'half-up|half-even' };

/**
 * A `--cpi` rate. A bare number beyond ±50% a year is most likely a percentage written without
 * its sign (`0.9` for 0.9%): refused with both readings, as the text the user typed.
 */
function cpiRate(text: string): { cpi: number; percent: boolean } {
  const cpi = parseRate(text, '--cpi');
  const percent = text.trim().endsWith('%');
  if (!percent && Math.abs(cpi) > 0.5) {
    const typed = text.trim();
    throw new UsageError(`--cpi: ${typed} would be a ${formatPercent(Math.abs(cpi) * 100, 10)} ${cpi < 0 ? 'fall' : 'rise'} in a year; write ${typed}% or ${parseRate(`${typed}%`, '--cpi')} for a ${typed}% change (a bare number is a fraction: 0.031 is 3.1%)`);
  }
  return { cpi, percent };
}

/** The feed's contract name: the contract's own, else the file's name without folder or extension, else `contract`. */
function feedName(name: string | undefined, option: string | undefined): string {
  if (name !== undefined) return name;
  if (option === undefined) return 'contract';
  return option.replace(/^.*[\\/]/, '').replace(/\.json$/i, '') || 'contract';
}

/** `slakit renewal`: a support contract's terms, fees (max of the floor and CPI-U) and notice deadlines. */
export const renewalCommand: Command = {
  name: 'renewal',
  summary: 'Renewal schedule: each term’s dates, fee (greater of 5% or CPI-U), and non-renewal notice deadline',
  usage: 'renewal --fee AMOUNT --cpi RATE[,RATE…] --start YYYY-MM-DD [--contract NAME|FILE] [--years 5] [options]',
  help: [
    'Options:',
    ...CONTRACT_HELP,
    '                      (its renewal terms are the defaults of the options below; a contract',
    '                      that states none needs --term-months, --notice-days, --floor, --rounding)',
    '  --fee AMOUNT        the initial term’s fee in major units, e.g. 120000.00 (converted exactly)',
    '  --cpi RATE[,…]      the CPI-U change for each renewal: 3.1% or 0.031; one value for all, or',
    '                      a comma-separated list, one per renewal (--years − 1 of them)',
    '  --start DATE        the first day of the initial term (the Delivery Date)',
    '  --years N           terms to show, the initial one included (default 5)',
    '  --floor RATE        the minimum uplift (default: the contract’s, else 5%)',
    '  --cap RATE          a maximum uplift (default: the contract’s, else none)',
    '  --rounding MODE     half-up or half-even, once per renewal (default: the contract’s, else half-up)',
    '  --term-months N     months per term (default: the contract’s, else 12)',
    '  --notice-days N     days before a term ends by which a notice is due (default: the contract’s, else 60)',
    '  --currency CODE     ISO 4217 code, which sets the decimals (default USD)',
    DIGITS_HELP,
    STRICT_HELP,
    CSV_HELP,
    '  --json              print JSON (fees as minor units; bigints as strings)',
    ...ICS_HELP,
    '  --reminder-days N   with --ics: remind this many days before each notice deadline (default 14)',
  ].join('\n'),
  example: 'slakit renewal --fee 120000.00 --cpi 3.1% --years 5 --start 2026-03-15',
  inputs: 0,
  options: {
    ...CONTRACT_OPTIONS,
    ...ICS_OPTIONS,
    'reminder-days': { type: 'string' },
    fee: { type: 'string' },
    cpi: { type: 'string' },
    start: { type: 'string' },
    years: { type: 'string' },
    floor: { type: 'string' },
    cap: { type: 'string' },
    rounding: { type: 'string' },
    'term-months': { type: 'string' },
    'notice-days': { type: 'string' },
    currency: { type: 'string' },
    ...DIGITS_OPTION,
    ...CSV_OPTION,
  },
  run(context) {
    const contract = contractOption(context, ['renewal'], false);
    const contractTerms = contract?.renewal;
    // A contract without renewal terms lends none: its terms are what the user gives, never another contract's.
    if (contract !== undefined && contractTerms === undefined) requireStatedTerms(context, contract.name ?? (stringOption(context, 'contract') as string));
    const currency = (stringOption(context, 'currency') ?? 'USD').toUpperCase();
    const digits = minorDigits(currency);
    const feeMinor = parseMajorUnits(stringOption(context, 'fee', true), digits, '--fee');
    const years = integerOption(context, 'years', 5, 1, 100);
    const rates = stringOption(context, 'cpi', true).split(',').map(cpiRate);
    if (rates.length !== 1 && rates.length !== years - 1) {
      throw new UsageError(`--cpi: ${rates.length} rates given; expected one, or one per renewal (${years - 1} for --years ${years})`);
    }
    const floorText = stringOption(context, 'floor');
    const capText = stringOption(context, 'cap');
    const optionOf = (path: string): string =>
      path === 'feeMinor' ? 'fee' : /(^|\.)floor$/.test(path) ? 'floor' : /(^|\.)cap$/.test(path) ? 'cap' : path.startsWith('renewals') ? 'cpi' : 'start';
    const terms = fromOption(optionOf, () =>
      renewalSchedule({
        feeMinor,
        start: stringOption(context, 'start', true),
        termMonths: integerOption(context, 'term-months', contractTerms?.termMonths ?? 12, 1, 1200),
        noticeDays: integerOption(context, 'notice-days', contractTerms?.noticeDays ?? 60, 0, 3650),
        rounding: choiceOption(context, 'rounding', ['half-up', 'half-even'] as const, contractTerms?.rounding ?? 'half-up'),
        ...(floorText === undefined ? (contractTerms === undefined ? {} : { floor: contractTerms.floor }) : { floor: parseRate(floorText, '--floor') }),
        ...(capText === undefined ? (contractTerms?.cap == null ? {} : { cap: contractTerms.cap }) : { cap: parseRate(capText, '--cap') }),
        renewals: Array.from({ length: years - 1 }, (_, i) => {
          const { cpi, percent } = (rates.length === 1 ? rates[0] : rates[i]) as { cpi: number; percent: boolean };
          // A change written with its % sign cannot be misread, however large.
          return percent ? { cpi, allowLargeCpiChange: true } : { cpi };
        }),
      }),
    );
    const percentDigits = digitsOption(context);
    // The table and --json show the same rows (renewalTermRows), as the service report does.
    const termRows = renewalTermRows(terms, currency);
    const rows = termRows.map((t) => [
      String(t.term),
      t.start,
      t.end,
      `${currency} ${t.fee}`,
      t.rule === 'initial' ? '' : formatPercent(t.rate * 100, percentDigits),
      t.rule,
      t.noticeDeadline,
    ]);
    const columns: Column[] = [
      { title: 'term', align: 'right' },
      { title: 'start' },
      { title: 'end' },
      { title: 'fee', align: 'right' },
      { title: 'uplift', align: 'right' },
      { title: 'rule' },
      { title: 'notice by' },
    ];
    const feed = icsRequest(context);
    if (feed !== undefined) {
      const reminderDays = integerOption(context, 'reminder-days', 14, 0, 365);
      // Every term shown renews unless notice is given, the last one too; the UIDs follow the
      // contract's name (not the path typed), so a feed imported again updates its events.
      return icsResult(context, renewalDeadlinesToIcs(terms, { contract: feedName(contract?.name, stringOption(context, 'contract')), reminderDays, now: feed.now, name: 'Non-renewal notice deadlines' }), terms.length);
    }
    return { text: formatTable(columns, rows), json: toJson({ currency, minorDigits: digits, terms: termRows }), table: { columns, rows } };
  },
};
