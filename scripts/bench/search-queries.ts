import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Typical shopper queries on the generated catalog (its vocabulary is the demo's). */
export const TYPICAL = [
  'camiseta',
  'vestido longo',
  'tenis corrida',
  'notebook gamer',
  'bolsa de couro',
  'relogio digital',
  'fone bluetooth',
  'panela',
  'cafeteira',
  'camisa de linho',
  'oculos de sol',
  'smartphone 5g',
  'caixa de som',
  'cama para cachorro',
  'bermuda',
  'calça pantalona',
  'jogo de tabuleiro',
  'perfume',
  'luminaria de mesa',
  'air fryer',
  'mouse gamer',
  'sandália',
  'edredom king',
  'caneta',
];
export const TYPOS = [
  'camizeta',
  'vestdo longo',
  'tenis coridda',
  'notbook gamer',
  'bolsa de coro',
  'relojio digital',
  'fone blutooth',
  'panella',
  'cafeteria eletrica',
  'camiza de linho',
  'oculus de sol',
  'smartfone',
  'caixa de sol',
  'sandalha',
  'edredon',
  'luminaira',
];
export const PREFIXES = [
  'ca',
  'cam',
  'cami',
  'camis',
  'vest',
  'vestido l',
  'ten',
  'tenis c',
  'note',
  'notebook g',
  'bol',
  'rel',
  'fone',
  'pan',
  'caf',
  'smart',
  'oc',
  'luv',
  'edr',
  'sand',
  'mou',
  'perf',
  'cai',
  'blu',
];
export const FACETED: Record<string, string | string[]>[] = [
  { q: 'camiseta', opt: 'Tamanho:M' },
  { q: 'camiseta', brand: 'Urbano', stock: '1' },
  { q: 'vestido', opt: ['Cor:Azul', 'Tamanho:P'] },
  { q: 'tenis', price: '200-500' },
  { q: 'notebook', category: 'informatica', sort: 'price_asc' },
  { q: 'bolsa', price: ['100-200', '200-500'], stock: '1' },
  { q: 'relogio', brand: ['Ponteiro', 'Tempo Certo'] },
  { q: 'fone', category: 'eletronicos', sort: 'newest' },
  { q: 'panela', stock: '1', sort: 'price_desc' },
  { q: 'calça', opt: 'Cor:Preto', page: '2' },
  { q: 'smartphone', opt: 'Capacidade:128 GB' },
  { q: 'perfume', price: '50-100' },
];

/** The English WANDS queries listed in dev_queries.txt (ids into query.csv, tab-separated). */
export function readWandsQueries(folder: string): string[] {
  const ids = new Set(
    readFileSync(path.join(folder, 'dev_queries.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
  return readFileSync(path.join(folder, 'query.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter(([id, query]) => id !== undefined && ids.has(id) && query)
    .map(([, query]) => query!);
}
