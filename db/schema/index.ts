export * from './catalog';
export * from './users';
export * from './auth';
export * from './commerce';
export * from './audit';
export * from './logistics-fleet';
export * from './admin-catalog';
