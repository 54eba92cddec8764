import { defineConfig } from 'drizzle-kit';

// Only `drizzle-kit generate` uses this; it diffs the schema against committed snapshots and
// needs no database.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
