// `node scripts/size-by-file.mjs [entry]`: which source files make up a bundle (minified bytes each),
// and the bundle's minified + gzipped total, to find where size budgets go. Entry default src/index.ts.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entry = process.argv[2] ?? 'src/index.ts';
const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent' });
const output = result.outputFiles[0].contents;
const inputs = Object.values(result.metafile.outputs)[0].inputs;
const rows = Object.entries(inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
for (const [file, { bytesInOutput }] of rows) console.log(`${String(bytesInOutput).padStart(7)}  ${file}`);
console.log(`\n${entry}: ${output.length} bytes minified, ${gzipSync(output, { level: 9 }).length} bytes min + gzip`);
