import type { Client } from '@elastic/elasticsearch';
import { sql } from 'drizzle-orm';
import type { Database } from '@/lib/db/client';
import { DEFAULT_INDEX_ALIAS } from './elasticsearch-driver';
import { INDEX_MAPPINGS, INDEX_SETTINGS } from './index-definition';
import { countIndexDocuments, loadIndexDocumentPage } from './load-index-documents';

export type ReindexOptions = {
  alias?: string;
  batchSize?: number;
  onStart?: (total: number) => void;
  onProgress?: (done: number) => void;
};

/**
 * Builds a fresh index from the search documents and swaps the alias to it in one atomic call,
 * so searches never see a half-built index. The outbox is switched on before the copy starts:
 * changes made during the copy are queued and applied by the worker afterwards.
 */
export async function reindexElasticsearch(
  db: Database,
  client: Client,
  { alias = DEFAULT_INDEX_ALIAS, batchSize = 1_000, onStart, onProgress }: ReindexOptions = {},
): Promise<{ index: string; documents: number; removed: string[] }> {
  await db.execute(sql`update search_sync_state set outbox_enabled = true`);
  const index = `${alias}-${new Date()
    .toISOString()
    .replace(/[^0-9]/g, '')
    .slice(0, 17)}`;
  await client.indices.create({
    index,
    settings: { ...INDEX_SETTINGS, refresh_interval: '-1', number_of_replicas: 0 },
    mappings: INDEX_MAPPINGS,
  });
  onStart?.(await countIndexDocuments(db));
  let done = 0;
  let afterId: string | null = null;
  for (;;) {
    const page = await loadIndexDocumentPage(db, afterId, batchSize);
    if (page.length === 0) break;
    const response = await client.bulk({
      index,
      operations: page.flatMap(({ id, doc }) => [{ index: { _id: id } }, doc]),
    });
    if (response.errors) throw new Error(`bulk indexing into ${index} reported errors`);
    done += page.length;
    afterId = page.at(-1)!.id;
    onProgress?.(done);
  }
  await client.indices.putSettings({ index, settings: { refresh_interval: '1s' } });
  await client.indices.refresh({ index });
  const previous = await listAliasIndices(client, alias);
  await client.indices.updateAliases({
    actions: [
      ...previous.map((old) => ({ remove: { index: old, alias } })),
      { add: { index, alias } },
    ],
  });
  for (const old of previous) await client.indices.delete({ index: old });
  return { index, documents: done, removed: previous };
}

async function listAliasIndices(client: Client, alias: string): Promise<string[]> {
  const exists = await client.indices.existsAlias({ name: alias });
  if (!exists) return [];
  return Object.keys(await client.indices.getAlias({ name: alias }));
}
