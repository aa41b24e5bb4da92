import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { SAMPLE_ARGS, SAMPLE_HTML, SAMPLE_MD, SAMPLE_PDF, SAMPLE_PNG } from '../../scripts/sample-report.mjs';

// The sample report under docs/ is what `slakit report` makes of examples/data/ today
// (regenerate it with `npm run sample-report`).
function report(format: string): string {
  return execFileSync(process.execPath, ['dist/cli.js', ...(SAMPLE_ARGS as string[]), '--format', format], { encoding: 'utf8' });
}

describe('the sample service report in docs/', () => {
  it('the HTML is current', () => {
    expect(readFileSync(SAMPLE_HTML as string, 'utf8').trimEnd()).toBe(report('html').trimEnd());
  });

  it('the Markdown is current', () => {
    expect(readFileSync(SAMPLE_MD as string, 'utf8').trimEnd()).toBe(report('md').trimEnd());
  });

  it('has its PDF print beside it', () => {
    expect(existsSync(SAMPLE_PDF as string)).toBe(true);
    expect(readFileSync(SAMPLE_PDF as string).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('has page 1 as a PNG, shown in the README', () => {
    expect(readFileSync(SAMPLE_PNG as string).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync('README.md', 'utf8')).toContain(`](${SAMPLE_PNG as string})`);
  });
});
