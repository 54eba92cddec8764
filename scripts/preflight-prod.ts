/**
 * Checks every production service with a real round trip and prints one row per service.
 * Exit code 1 when configuration is invalid or a required/configured service is not working.
 */
import {
  formatPreflightTable,
  isPreflightFailed,
  loadPreflightEnv,
  runPreflight,
} from '@/lib/health/preflight';

async function main() {
  const { env, problems } = loadPreflightEnv(process.env);
  if (problems.length) {
    console.error(`Configuration problems:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  }
  if (!env) return 1;
  const rows = await runPreflight(env);
  console.log(formatPreflightTable(rows));
  const failed = isPreflightFailed(rows) || problems.length > 0;
  console.log(
    failed ? '\nPreflight FAILED: fix the rows above before deploying.' : '\nPreflight passed.',
  );
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
