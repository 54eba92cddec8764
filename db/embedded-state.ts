import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** What a running embedded server records in `<dataDir>/embedded.json` for other processes. */
export type EmbeddedState = {
  port: number;
  user: string;
  password: string;
  database: string;
  ownerPid: number;
};

export const stateFile = (dataDir: string) => path.resolve(dataDir, 'embedded.json');

export function embeddedUrl(state: EmbeddedState, database = state.database) {
  return `postgresql://${state.user}:${encodeURIComponent(state.password)}@127.0.0.1:${state.port}/${database}`;
}

export async function readEmbeddedState(dataDir: string): Promise<EmbeddedState | undefined> {
  try {
    return JSON.parse(await readFile(stateFile(dataDir), 'utf8')) as EmbeddedState;
  } catch {
    return undefined;
  }
}
