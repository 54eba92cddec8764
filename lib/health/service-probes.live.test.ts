import { describe, expect, it } from 'vitest';
import { createElasticsearchClient, pingElasticsearch } from '@/lib/search/elasticsearch-client';
import { createQdrantClient, pingQdrant } from '@/lib/vectors/qdrant-client';
import { testSetting } from '@/lib/env';

const es = {
  url: testSetting('ELASTICSEARCH_LIVE_URL'),
  apiKey: testSetting('ELASTICSEARCH_LIVE_API_KEY'),
};
const qdrant = { url: testSetting('QDRANT_LIVE_URL'), apiKey: testSetting('QDRANT_LIVE_API_KEY') };

if (!es.url)
  console.warn(
    'Skipping live Elasticsearch probe: set ELASTICSEARCH_LIVE_URL (and ELASTICSEARCH_LIVE_API_KEY if needed).',
  );
if (!qdrant.url)
  console.warn(
    'Skipping live Qdrant probe: set QDRANT_LIVE_URL (and QDRANT_LIVE_API_KEY if needed).',
  );

describe.skipIf(!es.url)('live Elasticsearch', () => {
  it('answers the real client ping', async () => {
    const client = createElasticsearchClient({
      url: es.url ?? '',
      apiKey: es.apiKey,
      requestTimeoutMs: 5_000,
      maxRetries: 0,
    });
    expect(await pingElasticsearch(client, 5_000)).toBe(true);
  });
});

describe.skipIf(!qdrant.url)('live Qdrant', () => {
  it('lists collections with the real client', async () => {
    expect(
      await pingQdrant(
        createQdrantClient({ url: qdrant.url ?? '', apiKey: qdrant.apiKey, timeoutMs: 5_000 }),
      ),
    ).toBe(true);
  });
});
