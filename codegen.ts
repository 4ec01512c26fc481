import type { CodegenConfig } from '@graphql-codegen/cli';

const portals = ['portal-kit', 'school-portal', 'provider-portal'] as const;

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: true,
  generates: Object.fromEntries(
    portals.map((portal) => [
      `${portal}/src/gql/`,
      {
        preset: 'client',
        documents: [`${portal}/src/**/*.{ts,tsx}`, `!${portal}/src/gql/**`],
        presetConfig: { fragmentMasking: false },
        config: {
          useTypeImports: true,
          enumsAsTypes: true,
          scalars: { DateTime: 'string', LocalDate: 'string' },
        },
      },
    ]),
  ),
};

export default config;
