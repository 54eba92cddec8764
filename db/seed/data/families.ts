import type { ProductFamily } from '../types';
import { CULTURE_FAMILIES } from './families-culture';
import { FASHION_FAMILIES } from './families-fashion';
import { HOME_FAMILIES } from './families-home';
import { TECH_FAMILIES } from './families-tech';

/** One family per leaf category: the vocabulary its products are generated from. */
export const PRODUCT_FAMILIES: readonly ProductFamily[] = [
  ...FASHION_FAMILIES,
  ...HOME_FAMILIES,
  ...TECH_FAMILIES,
  ...CULTURE_FAMILIES,
];
