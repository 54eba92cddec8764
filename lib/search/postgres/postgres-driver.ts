import 'server-only';
import type { Executor } from '@/lib/db/client';
import type { SearchDriver } from '../types';
import { searchPostgres, suggestPostgres } from './search-postgres';

/** The zero-configuration driver: PostgreSQL full-text search over search_documents. */
export function createPostgresDriver(db: Executor): SearchDriver {
  return {
    name: 'postgres',
    search: (query) => searchPostgres(db, query),
    suggestProducts: (plan, limit) => suggestPostgres(db, plan, limit),
  };
}
