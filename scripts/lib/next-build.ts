import { spawn } from 'node:child_process';
import { isBuildCurrent, writeBuildStamp } from './build-stamp';

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`)),
    );
  });
}

/** Builds the production bundle unless the one in .next was built from the current sources. */
export async function ensureProductionBuild(log: (line: string) => void) {
  if (isBuildCurrent()) {
    log('Production build is current.');
    return;
  }
  log('Building the production bundle (next build)…');
  await run(process.execPath, [require.resolve('next/dist/bin/next'), 'build'], {
    ...process.env,
    NODE_ENV: 'production',
  });
  writeBuildStamp();
}
