import 'reflect-metadata';
import { generate } from '@graphql-codegen/cli';
import fs from 'node:fs';
import path from 'node:path';
import config from '../codegen.js';
import { printSchemaSdl } from '../server/src/graphql/print-schema.js';

/**
 * Fails when schema/schema.graphql or a portal's generated types differ from what the code
 * produces now, i.e. someone changed the API or an operation and did not run `npm run codegen`.
 */
const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const stale: string[] = [];

const schemaFile = 'schema/schema.graphql';
if (fs.readFileSync(schemaFile, 'utf8') !== (await printSchemaSdl())) stale.push(schemaFile);

const outputs = await generate({ ...config, cwd: root, silent: true }, false);
for (const output of outputs) {
  const file = path.relative(root, path.resolve(root, output.filename));
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (current !== output.content) stale.push(file);
}

if (stale.length) {
  console.error(`Generated files are stale; run "npm run codegen" and commit:\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log(`Generated files are up to date (${outputs.length + 1} checked).`);
