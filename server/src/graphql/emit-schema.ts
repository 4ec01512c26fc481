import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSchemaSdl } from './print-schema.js';

const target = path.resolve(import.meta.dirname, '..', '..', '..', 'schema', 'schema.graphql');
fs.writeFileSync(target, await printSchemaSdl());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
