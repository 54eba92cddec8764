import { colorHex, PALETTE } from './data/colors';
import type { Rng } from './random';
import { slugify } from './slugify';
import type {
  GeneratedImage,
  GeneratedProduct,
  GeneratedVariant,
  OptionAxis,
  ProductFamily,
} from './types';

export type ProductSpec = {
  family: ProductFamily;
  rng: Rng;
  /** Appended to the name-derived slug to keep slugs unique (e.g. "-x1042"). */
  slugSuffix?: string;
  skuPrefix: string;
  featured?: boolean;
};

const GENERIC_SENTENCES = [
  'Troca grátis em até 30 dias.',
  'Enviamos para todo o Brasil.',
  'Produto com nota fiscal e garantia do fabricante.',
  'Qualidade conferida pela nossa equipe antes do envio.',
];
const IMAGE_SIZE = 800;
const MAX_AGE_MINUTES = 60 * 24 * 180;

export const MIN_PRICE_CENTS = 1990;

/** Brazilian shelf pricing: whole reais minus ten centavos (R$ 89,90), never below R$ 19,90. */
export function charmPrice(cents: number): number {
  return Math.max(MIN_PRICE_CENTS, Math.round(cents / 100) * 100 - 10);
}

function pickValues(axis: OptionAxis, rng: Rng): string[] {
  if (axis.pick === 'all') return [...axis.values];
  const count = Math.min(rng.int(axis.pick[0], axis.pick[1]), axis.values.length);
  if (axis.contiguous) {
    const start = rng.int(0, axis.values.length - count);
    return axis.values.slice(start, start + count);
  }
  const chosen = new Set(rng.sample(axis.values, count));
  return axis.values.filter((value) => chosen.has(value));
}

function combinations(axes: { name: string; values: string[] }[]): Record<string, string>[] {
  return axes.reduce<Record<string, string>[]>(
    (acc, axis) =>
      acc.flatMap((partial) => axis.values.map((value) => ({ ...partial, [axis.name]: value }))),
    [{}],
  );
}

function pickStock(rng: Rng): number {
  const roll = rng.next();
  if (roll < 0.1) return 0;
  if (roll < 0.25) return rng.int(1, 5);
  return rng.int(6, 150);
}

function buildName(family: ProductFamily, rng: Rng): string {
  return [rng.pick(family.nouns), rng.pick(family.qualifiers), rng.pick(family.details)]
    .filter(Boolean)
    .join(' ');
}

/** A complete product (variants, stock, images) from a family's vocabulary; pure and deterministic. */
export function generateProduct({
  family,
  rng,
  slugSuffix = '',
  skuPrefix,
  featured = false,
}: ProductSpec): GeneratedProduct {
  const name = buildName(family, rng);
  const slug = `${slugify(name)}${slugSuffix}`;
  const brand = rng.pick(family.brands);
  const basePrice = rng.int(family.price[0], family.price[1]);
  const onSale = rng.chance(0.2);
  const axes = family.axes.map((axis) => ({
    axis,
    name: axis.name,
    values: pickValues(axis, rng),
  }));

  let combos = combinations(axes);
  // Some real catalogs lack a few combinations (no GG in Vinho): keep that, but never empty a product.
  if (axes.length > 1 && combos.length > 4) {
    const kept = combos.filter(() => !rng.chance(0.1));
    if (kept.length > 0) combos = kept;
  }

  const variants: GeneratedVariant[] = combos.map((options, index) => {
    let factor = 1;
    for (const { axis, values } of axes) {
      const value = options[axis.name] ?? '';
      factor *= axis.priceFactor?.[value] ?? 1;
      factor *= 1 + (axis.priceStep ?? 0) * values.indexOf(value);
    }
    const priceCents = charmPrice(basePrice * factor);
    return {
      sku: `${skuPrefix}-${String(index + 1).padStart(2, '0')}`,
      options,
      priceCents,
      compareAtCents: onSale ? charmPrice(priceCents * (1.15 + rng.next() * 0.3)) : null,
      position: index,
      onHand: pickStock(rng),
    };
  });

  const colors = axes.find((a) => a.name === 'Cor')?.values;
  const images: GeneratedImage[] = [];
  const swatches = colors?.length
    ? colors.map((c) => ({ color: c as string | null, hex: colorHex(c) ?? '6b7280' }))
    : [{ color: null, hex: rng.pick(PALETTE) }];
  for (const { color, hex } of swatches) {
    for (let view = 0; view < 2; view++) {
      const n = images.length;
      images.push({
        optionMatch: color ? { Cor: color } : null,
        url: `/img/product/${slug}/${n}.svg?c=${hex}`,
        alt: color
          ? `${name} — ${color}${view ? ' (detalhe)' : ''}`
          : `${name}${view ? ' (detalhe)' : ''}`,
        width: IMAGE_SIZE,
        height: IMAGE_SIZE,
        position: n,
      });
    }
  }

  return {
    slug,
    name,
    description: [...rng.sample(family.blurbs, 2), `${brand}: ${rng.pick(GENERIC_SENTENCES)}`].join(
      ' ',
    ),
    brand,
    categorySlug: family.category,
    featured,
    optionNames: axes.map((a) => a.name),
    ageMinutes: rng.int(0, MAX_AGE_MINUTES),
    variants,
    images,
  };
}
