import type { CategorySeed } from '../types';

const leaf = (slug: string, name: string, description = ''): CategorySeed => ({
  slug,
  name,
  description,
});

/** The demo store's category tree: top-level departments with their subcategories. */
export const CATEGORY_TREE: readonly CategorySeed[] = [
  {
    slug: 'moda-feminina',
    name: 'Moda Feminina',
    description: 'Vestidos, blusas e calças para todas as ocasiões.',
    children: [
      leaf('vestidos', 'Vestidos'),
      leaf('blusas', 'Blusas'),
      leaf('calcas-femininas', 'Calças Femininas'),
    ],
  },
  {
    slug: 'moda-masculina',
    name: 'Moda Masculina',
    description: 'Camisetas, camisas e bermudas com caimento impecável.',
    children: [
      leaf('camisetas', 'Camisetas'),
      leaf('camisas', 'Camisas'),
      leaf('bermudas', 'Bermudas'),
    ],
  },
  {
    slug: 'calcados',
    name: 'Calçados',
    description: 'Tênis, sandálias e botas para o dia a dia.',
    children: [leaf('tenis', 'Tênis'), leaf('sandalias', 'Sandálias'), leaf('botas', 'Botas')],
  },
  {
    slug: 'acessorios',
    name: 'Acessórios',
    description: 'Bolsas, relógios e óculos que completam o visual.',
    children: [
      leaf('bolsas', 'Bolsas'),
      leaf('relogios', 'Relógios'),
      leaf('oculos', 'Óculos de Sol'),
    ],
  },
  {
    slug: 'casa-e-decoracao',
    name: 'Casa e Decoração',
    description: 'Cama, banho e objetos para deixar a casa com a sua cara.',
    children: [leaf('cama-e-banho', 'Cama e Banho'), leaf('decoracao', 'Decoração')],
  },
  {
    slug: 'cozinha',
    name: 'Cozinha',
    description: 'Panelas, utensílios e eletroportáteis.',
    children: [
      leaf('panelas', 'Panelas e Frigideiras'),
      leaf('eletroportateis', 'Eletroportáteis'),
    ],
  },
  {
    slug: 'eletronicos',
    name: 'Eletrônicos',
    description: 'Smartphones, fones e caixas de som.',
    children: [
      leaf('smartphones', 'Smartphones'),
      leaf('fones-de-ouvido', 'Fones de Ouvido'),
      leaf('caixas-de-som', 'Caixas de Som'),
    ],
  },
  {
    slug: 'informatica',
    name: 'Informática',
    description: 'Notebooks, periféricos e armazenamento.',
    children: [
      leaf('notebooks', 'Notebooks'),
      leaf('perifericos', 'Periféricos'),
      leaf('armazenamento', 'Armazenamento'),
    ],
  },
  {
    slug: 'livros',
    name: 'Livros',
    description: 'Ficção, negócios e leitura para os pequenos.',
    children: [
      leaf('ficcao', 'Ficção'),
      leaf('negocios', 'Negócios e Carreira'),
      leaf('infantis', 'Infantis'),
    ],
  },
  {
    slug: 'beleza',
    name: 'Beleza',
    description: 'Perfumes e cuidados com a pele.',
    children: [leaf('perfumes', 'Perfumes'), leaf('cuidados-com-a-pele', 'Cuidados com a Pele')],
  },
  {
    slug: 'esportes',
    name: 'Esportes',
    description: 'Equipamentos para treinar, pedalar e correr.',
    children: [leaf('fitness', 'Fitness'), leaf('ciclismo', 'Ciclismo')],
  },
  {
    slug: 'brinquedos',
    name: 'Brinquedos',
    description: 'Blocos de montar, jogos e pelúcias.',
    children: [
      leaf('blocos-de-montar', 'Blocos de Montar'),
      leaf('jogos-de-tabuleiro', 'Jogos de Tabuleiro'),
    ],
  },
  {
    slug: 'pet-shop',
    name: 'Pet Shop',
    description: 'Camas, brinquedos e acessórios para cães e gatos.',
    children: [leaf('caes', 'Cães'), leaf('gatos', 'Gatos')],
  },
  {
    slug: 'papelaria',
    name: 'Papelaria',
    description: 'Cadernos, canetas e organização.',
    children: [leaf('cadernos', 'Cadernos'), leaf('escrita', 'Canetas e Lápis')],
  },
];
