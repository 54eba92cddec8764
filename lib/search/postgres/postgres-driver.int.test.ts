import { createMemoryCache } from '@/lib/cache/memory';
import { createTaggedCache } from '@/lib/cache/tagged-cache';
import { listCategoryTree } from '@/lib/catalog/list-category-tree';
import { createTestDatabase } from '@/db/testing/test-db';
import { createFailover } from '../search-drivers';
import { insertSearchFixtures } from '../testing/search-fixtures';
import { describeSearchDriver } from '../testing/search-driver-suite';
import { createPostgresDriver } from './postgres-driver';

describeSearchDriver('postgres', async () => {
  const test = await createTestDatabase();
  await insertSearchFixtures(test.db);
  const driver = createPostgresDriver(test.db);
  return {
    db: test.db,
    deps: {
      db: test.db,
      cache: createTaggedCache(createMemoryCache()),
      failover: createFailover({ primary: driver, fallback: null }, () => {}),
      listTree: () => listCategoryTree(test.db),
    },
    // Triggers keep search_documents current inside the writing transaction.
    sync: async () => {},
    teardown: test.drop,
  };
});
