import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from './schema.js';

/** The SDL committed as schema/schema.graphql, sorted so diffs stay readable. */
export async function printSchemaSdl(): Promise<string> {
  const schema = await createSchema();
  return `# Emitted by the server (npm run codegen). Do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
