/**
 * Flat-rate shipping until the logistics quotes land: a fixed price in centavos, free from a
 * subtotal threshold. Computed on the server only.
 */
export const FLAT_SHIPPING_CENTS = 1_990;
export const FREE_SHIPPING_FROM_CENTS = 29_900;

export function quoteFlatShipping(subtotalCents: number): number {
  return subtotalCents >= FREE_SHIPPING_FROM_CENTS ? 0 : FLAT_SHIPPING_CENTS;
}
