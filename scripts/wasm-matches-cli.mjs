// The release wasm's sheet equals the CLI's, byte for byte once pretty-printed
// the same way: the module scripts/build.sh left in pkg/ (built with
// the nightly and size-optimized std of scripts/wasm-nightly.sh, or stable)
// against a native CLI binary, on the bundled articles and the holdout set.
// The wasm tests (wasm-pack test) run a stable debug build; this checks the
// module the page ships.
//
// Usage: node scripts/wasm-matches-cli.mjs CLI_BINARY
import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const cli = process.argv[2];
if (!cli) {
  console.error('usage: node scripts/wasm-matches-cli.mjs CLI_BINARY');
  process.exit(2);
}
const core = await import(resolve('pkg/factsheet.js'));
core.initSync({ module: readFileSync('pkg/factsheet_bg.wasm') });

let failed = 0;
for (const dir of ['articles', 'tests/holdout/articles']) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const articles = files.map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
  const wasm = JSON.stringify(JSON.parse(core.buildSheet(JSON.stringify(articles))), null, 2);
  const native = execFileSync(cli, files.map((f) => join(dir, f)), { encoding: 'utf8', maxBuffer: 64 << 20 }).trimEnd();
  const same = wasm === native;
  if (!same) failed++;
  console.log(`${same ? 'ok' : 'not ok'} - the release wasm's sheet equals the CLI's on ${dir}/ (${files.length} articles)`);
}
process.exitCode = failed ? 1 : 0;
