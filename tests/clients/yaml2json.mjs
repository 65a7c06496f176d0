// Converts YAML files to JSON the way an editor's YAML 1.2 loader sees them
// (the `yaml` package, core schema: 2020-03-15 stays a string).
// Usage: node yaml2json.mjs IN.yaml OUT.json
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(join(process.env.LPLAN_CLIENTS_DIR, 'package.json'));
const YAML = require('yaml');

const [input, output] = process.argv.slice(2);
const doc = YAML.parse(readFileSync(input, 'utf8'), { version: '1.2', schema: 'core', uniqueKeys: false });
writeFileSync(output, JSON.stringify(doc ?? {}, null, 2));
