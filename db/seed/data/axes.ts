import type { OptionAxis } from '../types';
import { FASHION_COLORS, HOME_COLORS, NEUTRAL_COLORS } from './colors';

export const CLOTHING_SIZES = ['PP', 'P', 'M', 'G', 'GG'] as const;
export const SHOE_SIZES = [
  '34',
  '35',
  '36',
  '37',
  '38',
  '39',
  '40',
  '41',
  '42',
  '43',
  '44',
] as const;

export const fashionColor: OptionAxis = { name: 'Cor', values: FASHION_COLORS, pick: [1, 3] };
export const neutralColor: OptionAxis = { name: 'Cor', values: NEUTRAL_COLORS, pick: [1, 3] };
export const homeColor: OptionAxis = { name: 'Cor', values: HOME_COLORS, pick: [1, 3] };
export const clothingSize: OptionAxis = { name: 'Tamanho', values: CLOTHING_SIZES, pick: 'all' };
export const shoeSize: OptionAxis = {
  name: 'Numeração',
  values: SHOE_SIZES,
  pick: [5, 7],
  contiguous: true,
};
export const voltage: OptionAxis = { name: 'Voltagem', values: ['127 V', '220 V'], pick: 'all' };
export const bookFormat: OptionAxis = {
  name: 'Formato',
  values: ['Capa comum', 'Capa dura', 'E-book'],
  pick: [1, 3],
  priceFactor: { 'Capa dura': 1.45, 'E-book': 0.6 },
};
export const phoneStorage: OptionAxis = {
  name: 'Capacidade',
  values: ['64 GB', '128 GB', '256 GB', '512 GB'],
  pick: [2, 3],
  contiguous: true,
  priceStep: 0.18,
};
export const diskCapacity: OptionAxis = {
  name: 'Capacidade',
  values: ['256 GB', '512 GB', '1 TB', '2 TB', '4 TB'],
  pick: [2, 3],
  contiguous: true,
  priceStep: 0.45,
};
export const notebookMemory: OptionAxis = {
  name: 'Memória',
  values: ['8 GB', '16 GB', '32 GB'],
  pick: [1, 2],
  contiguous: true,
  priceStep: 0.2,
};
export const perfumeVolume: OptionAxis = {
  name: 'Volume',
  values: ['30 ml', '50 ml', '100 ml'],
  pick: [2, 3],
  contiguous: true,
  priceStep: 0.55,
};
export const petSize: OptionAxis = {
  name: 'Tamanho',
  values: ['P', 'M', 'G'],
  pick: 'all',
  priceStep: 0.25,
};
