export { DEMO_LOGINS, seedDemoUsers } from './demo-users';
export { DEMO_PRODUCT_COUNT, generateDemoCatalog, generateLargeProduct } from './generate-catalog';
export { seedDemo, type SeedDemoResult } from './seed-demo';
export { seedLargeCatalog } from './seed-large-catalog';
