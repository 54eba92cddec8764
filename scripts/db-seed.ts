/**
 * `npm run db:seed`: the demo catalog (idempotent). `npm run db:seed -- --products 100000` adds a
 * large generated catalog for benchmarks, with a progress bar.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { runMigrations } from '@/db/migrate';
import { seedDemo, seedLargeCatalog } from '@/db/seed';
import { closeDb, getDb } from '@/lib/db/client';
import { parseEnv } from '@/lib/env';
import { withDatabase } from './lib/database';

if (existsSync('.env')) process.loadEnvFile('.env');
const { values } = parseArgs({ options: { products: { type: 'string' } } });
const extra = values.products === undefined ? 0 : Number(values.products);
if (!Number.isInteger(extra) || extra < 0) {
  console.error('--products must be a whole number, e.g. --products 100000');
  process.exit(2);
}

withDatabase(parseEnv(process.env), async (url) => {
  await runMigrations(url);
  process.env.DATABASE_URL = url;
  const db = getDb();
  const demo = await seedDemo(db);
  console.log(
    demo.created
      ? `Seeded the demo catalog (${demo.products} products).`
      : 'Demo catalog already present.',
  );
  if (extra > 0) {
    const bar = new SingleBar(
      {
        format:
          'Products [{bar}] {percentage}% {value}/{total} | {duration_formatted} elapsed | ETA {eta_formatted}',
      },
      Presets.shades_classic,
    );
    const started = Date.now();
    bar.start(extra, 0);
    await seedLargeCatalog(db, extra, (done) => bar.update(done));
    bar.stop();
    console.log(`Added ${extra} products in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
  await closeDb();
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
