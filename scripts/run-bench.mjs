// `npm run bench [name]`: bundles each bench/*.bench.ts for Node and runs it, one at a time so
// that the two cores are not shared between benchmarks.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const filter = process.argv[2];
const benches = readdirSync(join(root, 'bench'))
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => !filter || file.includes(filter));
if (benches.length === 0) {
  console.error(`No benchmark matches "${filter ?? ''}".`);
  process.exit(2);
}
let failed = false;
for (const file of benches) {
  const name = file.replace(/\.bench\.ts$/, '');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: join(root, 'bench', file),
      outDir: join(root, 'out/bench'),
      emptyOutDir: false,
      target: 'node20',
      rolldownOptions: { output: { entryFileNames: `${name}.mjs` } },
    },
  });
  console.log(`\n# ${name}`);
  const result = spawnSync(process.execPath, [join(root, 'out/bench', `${name}.mjs`)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
