// Placeholder until the widget lands: writes www/dist/fact-sheet.js from the
// no-modules glue and the wasm bytes.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
const dir = process.argv[2];
const glue = readFileSync(join(dir, 'factsheet.js'), 'utf8');
const wasm = readFileSync(join(dir, 'factsheet_bg.wasm')).toString('base64');
mkdirSync('www/dist', { recursive: true });
writeFileSync('www/dist/fact-sheet.js', `${glue}\nwasm_bindgen.initSync({ module: Uint8Array.from(atob(${JSON.stringify(wasm)}), c => c.charCodeAt(0)) });\n`);
