import { randomUUID } from 'node:crypto';
import { describe } from 'vitest';
import { createTestDatabase } from '@/db/testing/test-db';
import { createMemoryCache } from '@/lib/cache/memory';
import { createTaggedCache } from '@/lib/cache/tagged-cache';
import { listCategoryTree } from '@/lib/catalog/list-category-tree';
import { createElasticsearchClient } from '../elasticsearch-client';
import { createFailover } from '../search-drivers';
import { insertSearchFixtures } from '../testing/search-fixtures';
import { describeSearchDriver } from '../testing/search-driver-suite';
import { createElasticsearchDriver } from './elasticsearch-driver';
import { reindexElasticsearch } from './reindex';
import { syncSearchOutbox } from './sync-outbox';
import { testSetting } from '@/lib/env';

const liveUrl = testSetting('TEST_ELASTICSEARCH_URL');
const liveKey = testSetting('TEST_ELASTICSEARCH_API_KEY');
if (!liveUrl)
  console.warn(
    'Skipping the live Elasticsearch suite: set TEST_ELASTICSEARCH_URL to run it against a real cluster.',
  );

describe.skipIf(!liveUrl)('live Elasticsearch', () => {
  describeSearchDriver('elasticsearch (live)', async () => {
    const test = await createTestDatabase();
    await insertSearchFixtures(test.db);
    const client = createElasticsearchClient({ url: liveUrl ?? '', apiKey: liveKey });
    const alias = `loja-test-${randomUUID()}`;
    const { index } = await reindexElasticsearch(test.db, client, { alias });
    return {
      db: test.db,
      deps: {
        db: test.db,
        cache: createTaggedCache(createMemoryCache()),
        // No fallback: a failure must fail the suite, not be answered by PostgreSQL.
        failover: createFailover(
          { primary: createElasticsearchDriver(client, alias), fallback: null },
          () => {},
        ),
        listTree: () => listCategoryTree(test.db),
      },
      sync: async () => {
        while ((await syncSearchOutbox(test.db, client, { alias })).indexed > 0);
        await client.indices.refresh({ index: alias });
      },
      teardown: async () => {
        await client.indices.delete({ index }, { ignore: [404] });
        await test.drop();
      },
    };
  });
});
