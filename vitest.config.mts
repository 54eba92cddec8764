import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));
const alias = {
  '@': root,
  // `server-only` throws outside React Server Components; tests import server modules directly.
  'server-only': path.join(root, 'db/testing/empty.ts'),
};
const exclude = ['node_modules/**', '.next/**', '.data/**', 'e2e/**'];
// next-auth imports "next/server" without an extension, which Node's ESM loader cannot resolve;
// letting Vite transform it resolves the import as Next's bundler does.
const server = { deps: { inline: ['next-auth'] } };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          server,
          // Request logs are noise in test output; tests that check logging set their own level.
          env: { LOG_LEVEL: 'warn' },
          environment: 'node',
          include: ['**/*.test.ts', '**/*.test.tsx'],
          exclude: [...exclude, '**/*.int.test.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          server,
          env: { LOG_LEVEL: 'warn' },
          environment: 'node',
          include: ['**/*.int.test.ts'],
          exclude,
          globalSetup: ['db/testing/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
