import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every script in examples/ runs against the built package, so examples never rot.
const examples = readdirSync('examples').filter((f) => f.endsWith('.ts'));

describe('examples/', () => {
  it.each(examples)('examples/%s runs and prints something', (file) => {
    for (const tz of ['UTC', 'Australia/Lord_Howe']) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', `examples/${file}`], { encoding: 'utf8', env: { ...process.env, TZ: tz } });
      expect(out.length).toBeGreaterThan(0);
    }
  });
});
