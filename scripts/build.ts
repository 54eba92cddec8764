/** `npm run build`: next build, skipped when .next already holds a build of the current sources. */
import { ensureProductionBuild } from './lib/next-build';

ensureProductionBuild((line) => console.log(`[loja] ${line}`)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
