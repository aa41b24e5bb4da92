import { defineConfig } from 'tsup';

// One entry per public module; each becomes its own subpath export and tree-shakes on its own.
export const entries = {
  index: 'src/index.ts',
  calendar: 'src/calendar/index.ts',
};

export default defineConfig({
  entry: entries,
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: false,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2020',
  platform: 'neutral',
  outDir: 'dist',
});
