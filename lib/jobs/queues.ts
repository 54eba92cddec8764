/** Every pg-boss queue Loja runs (lib/jobs/jobs.ts defines what each does). */
export const QUEUES = {
  reservations: 'reservations-expiry',
  orderEmails: 'order-emails-drain',
  searchSync: 'search-outbox-sync',
  salesCounts: 'sales-counts-refresh',
  salesRollup: 'sales-rollup-refresh',
} as const;

/** pg-boss keeps its tables here, apart from the app's own (drizzle never sees them). */
export const JOBS_SCHEMA = 'pgboss';
