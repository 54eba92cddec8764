/** Colour names shoppers see, with the swatch used by generated images. */
export const COLORS: Readonly<Record<string, string>> = {
  Preto: '1f2937',
  Branco: 'e7e5e4',
  'Azul-marinho': '1e3a8a',
  Azul: '2563eb',
  'Azul-claro': '7dd3fc',
  Vermelho: 'dc2626',
  Vinho: '7f1d1d',
  Verde: '15803d',
  'Verde-oliva': '4d5d2a',
  Bege: 'd6c6a5',
  Caramelo: 'b45309',
  Marrom: '78350f',
  Rosa: 'ec4899',
  'Rosa-claro': 'f9a8d4',
  Lilás: 'a78bfa',
  Amarelo: 'eab308',
  Laranja: 'ea580c',
  Cinza: '6b7280',
  Grafite: '374151',
  Prata: '9ca3af',
  Dourado: 'ca8a04',
  'Off-white': 'ede9e0',
};

export const COLOR_NAMES = Object.keys(COLORS);
export const FASHION_COLORS = [
  'Preto',
  'Branco',
  'Azul-marinho',
  'Vermelho',
  'Verde-oliva',
  'Bege',
  'Rosa',
  'Vinho',
  'Cinza',
  'Azul-claro',
  'Off-white',
  'Lilás',
];
export const NEUTRAL_COLORS = ['Preto', 'Branco', 'Cinza', 'Grafite', 'Prata', 'Azul', 'Dourado'];
export const HOME_COLORS = [
  'Branco',
  'Off-white',
  'Bege',
  'Cinza',
  'Verde',
  'Azul',
  'Caramelo',
  'Preto',
  'Rosa-claro',
];

/** Fallback swatches for products without a colour option: the placeholder artwork's palette. */
export { PLACEHOLDER_PALETTE as PALETTE } from '@/lib/catalog/placeholder-image';

export function colorHex(name: string): string | undefined {
  return COLORS[name];
}
