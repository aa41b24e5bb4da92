// Writes contract.schema.json (shipped as `slakit/contract.schema.json`) from the built module, so
// the file editors read and the schema `loadContract` checks against are one. A test fails when
// the committed file is stale.
import { writeFileSync } from 'node:fs';
import { contractSchema } from '../dist/contract.js';

writeFileSync(new URL('../contract.schema.json', import.meta.url), `${JSON.stringify(contractSchema(), null, 2)}\n`);
console.log('wrote contract.schema.json');
