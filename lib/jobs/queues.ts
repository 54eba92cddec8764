/** Every pg-boss queue Loja runs (lib/jobs/jobs.ts defines what each does). */
export const QUEUES = {
  reservations: 'reservations-expiry',
  orderEmails: 'order-emails-drain',
  searchSync: 'search-outbox-sync',
  salesCounts: 'sales-counts-refresh',
  salesRollup: 'sales-rollup-refresh',
} as const;
