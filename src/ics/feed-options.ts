import { fail } from '../core/errors.js';
import { toEpochMs } from '../core/instant.js';
import { optionalName, plainObject } from '../core/plain-data.js';

/** The options every feed shares: the stamp time, the calendar's name, the UID domain. */
export interface FeedOptions {
  readonly now: number;
  readonly name: string | undefined;
  readonly uidDomain: string;
  readonly values: Record<string, unknown>;
}

/** Reads a feed's options; `extra` names its own keys. */
export function feedOptions(options: unknown, extra: readonly string[]): FeedOptions {
  const values = plainObject(options, 'options', 'INVALID_ARGUMENT', ['now', 'name', 'uidDomain', ...extra]);
  if (values['now'] === undefined) fail('INVALID_ARGUMENT', 'options.now', undefined, 'is missing; pass the instant the feed is made (its DTSTAMP)');
  const uidDomain = optionalName(values['uidDomain'], 'options.uidDomain', 'INVALID_ARGUMENT') ?? 'slakit';
  if (!/^[A-Za-z0-9.-]+$/.test(uidDomain)) fail('INVALID_ARGUMENT', 'options.uidDomain', uidDomain, 'is not a domain name such as example.com');
  return {
    now: toEpochMs(values['now'], 'options.now'),
    name: optionalName(values['name'], 'options.name', 'INVALID_ARGUMENT'),
    uidDomain,
    values,
  };
}
