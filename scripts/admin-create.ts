/**
 * `npm run admin:create -- --email ana@loja.com.br [--name "Ana"] [--permissions orders,catalog]`
 * Creates the first admin (a super-admin unless --permissions narrows it), or promotes an existing
 * account. The password is prompted for (hidden, twice) or read from stdin when piped:
 * `printf '%s' "$PASSWORD" | npm run admin:create -- --email …`. It never appears in argv or logs.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runMigrations } from '@/db/migrate';
import type { AdminPermission } from '@/db/schema';
import { createAdmin } from '@/lib/auth/create-admin';
import { closeDb, getDb } from '@/lib/db/client';
import { parseEnv } from '@/lib/env';
import { withDatabase } from './lib/database';

if (existsSync('.env')) process.loadEnvFile('.env');

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    permissions: { type: 'string' },
  },
});
if (!values.email) {
  console.error(
    'Usage: npm run admin:create -- --email <e-mail> [--name <name>] [--permissions a,b]',
  );
  process.exit(2);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    process.stdout.write(question);
    const stdin = process.stdin;
    stdin.setRawMode(true);
    stdin.resume();
    let value = '';
    const onData = (data: Buffer) => {
      for (const char of data.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stdout.write('\n');
          return resolve(value);
        }
        if (char === '\u0003') return reject(new Error('Cancelled.'));
        value = char === '\u007f' ? value.slice(0, -1) : value + char;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readStdin();
  const first = await promptHidden('Password: ');
  const second = await promptHidden('Repeat the password: ');
  if (first !== second) throw new Error('The passwords do not match.');
  return first;
}

async function main() {
  const password = await readPassword();
  const permissions = values.permissions
    ?.split(',')
    .map((p) => p.trim())
    .filter(Boolean) as AdminPermission[] | undefined;
  await withDatabase(parseEnv(process.env), async (url) => {
    await runMigrations(url);
    process.env.DATABASE_URL = url;
    const result = await createAdmin(getDb(), {
      email: values.email!,
      name: values.name,
      password,
      permissions,
    });
    console.log(
      `${result.created ? 'Created' : 'Updated'} admin ${values.email!.toLowerCase()} (${
        permissions ? `permissions: ${permissions.join(', ')}` : 'super-admin, every permission'
      }).`,
    );
    await closeDb();
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
