import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every route handler (app/**\/route.ts, per exported method) and every server action export. */
const ROOT = process.cwd();
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(full);
    return [full];
  });
const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

export async function discoverRoutes() {
  const files = walk(path.join(ROOT, 'app')).filter((f) => f.endsWith('/route.ts'));
  const found: { key: string; file: string; method: (typeof METHODS)[number] }[] = [];
  for (const file of files) {
    const route =
      `/${relative(path.dirname(file)).replace(/^app\/?/, '')}`.replace(/\/$/, '') || '/';
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const method of METHODS) {
      if (typeof mod[method] === 'function')
        found.push({ key: `${method} ${route}`, file, method });
    }
  }
  return found;
}

export async function discoverActions() {
  const files = ['app', 'components', 'lib']
    .flatMap((dir) => walk(path.join(ROOT, dir)))
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .filter((f) => /^\s*['"]use server['"]/.test(readFileSync(f, 'utf8')));
  const found: { key: string; run: (...args: unknown[]) => Promise<unknown> }[] = [];
  for (const file of files) {
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === 'function') {
        found.push({
          key: `${relative(file)}#${name}`,
          run: value as (...args: unknown[]) => Promise<unknown>,
        });
      }
    }
  }
  return found;
}
