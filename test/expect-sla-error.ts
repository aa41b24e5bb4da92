import { expect } from 'vitest';
import { isSlaError, type SlaError } from '../src/core/errors.js';

/**
 * Asserts that `run` throws an SlaError with `code`; when `path` is given, that its details name
 * that path and its message starts the path's part with `path:`; when `text` is given, that the
 * message contains it.
 */
export function expectSlaError(run: () => unknown, code: string, path?: string, text?: string): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  if (thrown === undefined) throw new Error(`expected ${code}${path === undefined ? '' : ` at ${path}`}, but nothing was thrown`);
  expect(isSlaError(thrown), String(thrown)).toBe(true);
  expect((thrown as { code: string }).code).toBe(code);
  if (path !== undefined) {
    expect((thrown as { details: { path: string } }).details.path).toBe(path);
    expect((thrown as Error).message).toContain(`${path}:`);
  }
  if (text !== undefined) expect((thrown as Error).message).toContain(text);
}

/** The error `run` throws (a test that needs its details). */
export function thrown(run: () => unknown): SlaError {
  try {
    run();
  } catch (error) {
    return error as SlaError;
  }
  throw new Error('nothing was thrown');
}
