import { parseRate } from '../core/percent.js';
import type { SchemaProblem } from './check-schema.js';

// Each rate of a contract document keeps one unit, the one the texts print: the availability
// target and the credit tiers in percent (`99.9` is 99.9%), compliance targets and renewal rates
// as fractions (`0.9` is 90%). A text with its `%` sign (`"99.9%"`, `"90%"`) is accepted in every
// one of them and cannot be misread; a bare number whose reading is implausible is refused with
// both readings (schema.ts bounds it; `unitProblem` words the message).

type Json = Record<string, unknown>;

/** `'99.9%'` → 99.9 and, through the one rate parser (exact decimal text, never `x / 100`), 0.999. */
function percentDigits(text: string): { percent: number; fraction: number } | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(text);
  return m === null ? undefined : { percent: Number(m[1]), fraction: parseRate(`${m[1] as string}%`) };
}

/** Where each unit applies, as path patterns over the document with parameters filled in. */
const PERCENT_PATHS = [/^availability\.target$/, /^availability\.credits\[\d+\]\.(?:atLeast|below|creditPercent)$/, /^availability\.creditTerms\.capPercent$/];
const FRACTION_PATHS = [/^support\.complianceTarget$/, /^support\.levels\.\d+\.(?:(?:response|resolution|updates)\.)?complianceTarget$/, /^renewal\.(?:upliftFloor|cap)$/];

/** The unit of the rate at `path`, or `undefined` for a value that is not a rate. */
function unitAt(path: string): 'percent' | 'fraction' | undefined {
  if (PERCENT_PATHS.some((p) => p.test(path))) return 'percent';
  if (FRACTION_PATHS.some((p) => p.test(path))) return 'fraction';
  return undefined;
}

/** A copy of the document with every `"N%"` text of a rate turned into a number in the rate's unit. */
export function withUnits(value: unknown, path = ''): unknown {
  if (typeof value === 'string') {
    const unit = unitAt(path);
    const read = unit === undefined ? undefined : percentDigits(value);
    return read === undefined ? value : unit === 'percent' ? read.percent : read.fraction;
  }
  if (Array.isArray(value)) return value.map((item: unknown, i) => withUnits(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value as Json).map(([key, item]) => [key, withUnits(item, path === '' ? key : `${path}.${key}`)]));
}

const number = (text: string): string => String(Number(Number(text).toPrecision(12)));

/**
 * A schema problem of a rate in words that give both readings of the number: `0.999` as an
 * availability target is 0.999%, `90` as a compliance target would be 9000%.
 */
export function unitProblem(problem: SchemaProblem): SchemaProblem {
  const unit = unitAt(problem.path.replace(/\.\$param$/, ''));
  const m = /^(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?) is (?:not above 1|above 1|above 100|below 0)$/.exec(problem.message);
  if (unit === undefined || m === null) return problem;
  const text = m[1] as string;
  const value = Number(text);
  if (unit === 'percent' && value > 0 && value <= 1) {
    return {
      path: problem.path,
      message: `${text} would be read as ${text}%: this field is a percentage, as SLAs print it (99.9 is 99.9%); write ${number(String(value * 100))} or '${number(String(value * 100))}%' for ${number(String(value * 100))}%, or '${text}%' if ${text}% is meant`,
    };
  }
  if (unit === 'fraction' && value > 1 && value <= 100) {
    return {
      path: problem.path,
      message: `${text} would be ${number(String(value * 100))}%; if ${text}% was meant, write ${number(String(value / 100))} or '${text}%' (this field is a fraction: 0.9 is 90%)`,
    };
  }
  return problem;
}
