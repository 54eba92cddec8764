import type { ProductImageDetail, VariantDetail } from './types';

/**
 * Variant selection lives in the URL as one query parameter per option axis, named like the
 * axis: /p/camiseta?Cor=Azul&Tamanho=M. Missing or unknown values fall back to the best
 * matching variant (in stock first, then catalog position).
 */
type SearchParams = Record<string, string | string[] | undefined>;
type Selectable = { optionNames: string[]; variants: VariantDetail[] };

export type OptionValueState = 'selected' | 'available' | 'sold_out' | 'unavailable';
export type OptionValue = {
  value: string;
  state: OptionValueState;
  /** Options of the variant a link to this value leads to; null when nothing matches. */
  target: Record<string, string> | null;
};
export type OptionGroup = { name: string; values: OptionValue[] };

const matches = (variant: VariantDetail, wanted: Record<string, string>) =>
  Object.entries(wanted).every(([axis, value]) => variant.options[axis] === value);

function bestOf(candidates: VariantDetail[]): VariantDetail | undefined {
  return candidates.find((v) => v.onHand > 0) ?? candidates[0];
}

export function selectVariant(
  product: Selectable,
  searchParams: SearchParams,
): VariantDetail | undefined {
  const requested: [string, string][] = [];
  for (const axis of product.optionNames) {
    const raw = searchParams[axis];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined && product.variants.some((v) => v.options[axis] === value))
      requested.push([axis, value]);
  }
  // Honour as many requested axes as some variant satisfies, earlier axes first.
  for (let kept = requested.length; kept >= 0; kept--) {
    const wanted = Object.fromEntries(requested.slice(0, kept));
    const best = bestOf(product.variants.filter((v) => matches(v, wanted)));
    if (best) return best;
  }
  return undefined;
}

/**
 * One group per axis. A value whose combination with the rest of the selection exists links to
 * it. On the first axis (usually Cor) a missing combination jumps to the best variant with that
 * value instead, and "sold out" means every variant with that value is; on later axes a missing
 * combination is shown as unavailable (disabled).
 */
export function buildOptionGroups(product: Selectable, selected: VariantDetail): OptionGroup[] {
  return product.optionNames.map((axis, axisIndex) => {
    const values = [
      ...new Set(
        product.variants.map((v) => v.options[axis]).filter((v): v is string => v !== undefined),
      ),
    ];
    return {
      name: axis,
      values: values.map((value): OptionValue => {
        if (selected.options[axis] === value)
          return { value, state: 'selected', target: selected.options };
        const exact = product.variants.find((v) =>
          matches(v, { ...selected.options, [axis]: value }),
        );
        if (axisIndex === 0) {
          // The first axis reads as a whole (is there any Azul left?); the later axes say which.
          const withValue = product.variants.filter((v) => v.options[axis] === value);
          const target = exact ?? bestOf(withValue);
          return {
            value,
            state: withValue.some((v) => v.onHand > 0) ? 'available' : 'sold_out',
            target: target?.options ?? null,
          };
        }
        if (!exact) return { value, state: 'unavailable', target: null };
        return { value, state: exact.onHand > 0 ? 'available' : 'sold_out', target: exact.options };
      }),
    };
  });
}

/** Images for the selected options: those matching them first, then generic ones. */
export function selectImages(
  images: ProductImageDetail[],
  options: Record<string, string>,
): ProductImageDetail[] {
  const matching = images.filter(
    (image) =>
      image.optionMatch &&
      Object.keys(image.optionMatch).length > 0 &&
      matches({ options } as VariantDetail, image.optionMatch),
  );
  const generic = images.filter(
    (image) => !image.optionMatch || Object.keys(image.optionMatch).length === 0,
  );
  const chosen = [...matching, ...generic];
  return chosen.length > 0 ? chosen : images;
}

/** The query string selecting `options`, axes in catalog order. */
export function optionsToQuery(optionNames: string[], options: Record<string, string>): string {
  const params = new URLSearchParams();
  for (const axis of optionNames) {
    const value = options[axis];
    if (value !== undefined) params.set(axis, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
