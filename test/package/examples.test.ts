import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every script in examples/ runs against the built package, so examples never rot.
const examples = readdirSync('examples').filter((f) => f.endsWith('.ts'));

describe('examples/', () => {
  it.each(examples)('examples/%s runs and prints the same under three host zones', (file) => {
    const outputs = ['UTC', 'Australia/Lord_Howe', 'America/New_York'].map((tz) =>
      execFileSync(process.execPath, ['--import', 'tsx', `examples/${file}`], { encoding: 'utf8', env: { ...process.env, TZ: tz } }),
    );
    expect(outputs[0]?.length).toBeGreaterThan(0);
    // What an example prints does not depend on the host's zone.
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });
});
