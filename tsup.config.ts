import { defineConfig } from 'tsup';

// One entry per public module; each becomes its own subpath export and tree-shakes on its own.
export const entries = {
  index: 'src/index.ts',
  calendar: 'src/calendar/index.ts',
  cases: 'src/cases/index.ts',
  availability: 'src/availability/index.ts',
  maintenance: 'src/maintenance/index.ts',
  renewal: 'src/renewal/index.ts',
  presets: 'src/presets/index.ts',
  contract: 'src/contract/index.ts',
  records: 'src/records/index.ts',
  explain: 'src/explain/index.ts',
  ics: 'src/ics/index.ts',
  report: 'src/report/index.ts',
  holidays: 'src/holidays/index.ts',
};

/** The command's files: Node only, each one self-contained. */
const nodeBuild = { dts: false, clean: false, splitting: false, treeshake: true, target: 'node18', platform: 'node', outDir: 'dist' } as const;

export default defineConfig([
  {
    entry: entries,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    // The two builds run at once: the library's clean must leave the command's file alone.
    clean: ['!cli.js'],
    splitting: true,
    treeshake: true,
    target: 'es2020',
    platform: 'neutral',
    outDir: 'dist',
  },
  {
    // The `slakit` command: Node only, one self-contained ESM file.
    ...nodeBuild,
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    // Loaded on first use of a holiday code (src/cli/holidays.ts), from the file built below.
    external: ['./cli-holidays.cjs'],
    // date-fns `parse` is some hundred small modules: bundled, the command loads one file, not them.
    noExternal: ['date-fns'],
  },
  {
    // The command carries its holiday sets: date-holidays (an optional peer of the library) is
    // bundled on its own, so that a run without a holiday code does not parse its 2 MB.
    ...nodeBuild,
    entry: { 'cli-holidays': 'src/cli/date-holidays.ts' },
    format: ['cjs'],
    noExternal: ['date-holidays'],
  },
]);
