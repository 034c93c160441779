import { defineConfig } from 'drizzle-kit';

// `pnpm db:generate` writes a new SQL migration into ./drizzle from the schema; commit both.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './drizzle',
  strict: true,
});
