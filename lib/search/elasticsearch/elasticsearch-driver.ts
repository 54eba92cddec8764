import 'server-only';
import type { Client } from '@elastic/elasticsearch';
import type { SearchDriver } from '../types';

export function createElasticsearchDriver(client: Client): SearchDriver {
  void client;
  throw new Error('not yet');
}
