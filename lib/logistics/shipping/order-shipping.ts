import 'server-only';
import type { z } from 'zod';
import type { AddressSnapshot, Order } from '@/db/schema/commerce';
import type { Executor } from '@/lib/db/client';
import type { StockItem } from '@/lib/inventory/stock-items';
import { fieldError } from '@/lib/logistics/field-error';
import { geocodeCep } from '@/lib/logistics/geo/geocode-cep';
import type { CepLocation } from '@/lib/logistics/geo/locate-cep';
import { quoteFlatShipping } from '@/lib/orders/shipping';
import { loadActiveZones, loadLogisticsSettings } from './load-shipping-context';
import { PICKUP_OPTION_ID } from './quote-options';
import { chosenOptionOrThrow, quoteShipping } from './quote-shipping';

type ShippingColumns = Pick<
  Order,
  | 'shippingKind'
  | 'shippingMethodId'
  | 'shippingLabel'
  | 'shippingZoneId'
  | 'deliveryEstimateFrom'
  | 'deliveryEstimateTo'
  | 'deliveryLat'
  | 'deliveryLng'
  | 'packageWeightGrams'
>;

export type OrderShipping = { shippingCents: number; columns: Partial<ShippingColumns> };

/**
 * Where an order goes, resolved before placement opens its transaction (a geocoder may take
 * seconds; row locks should not wait for it). Pickup needs no address.
 */
export async function locateOrderDestination(
  optionId: string | undefined,
  cep: string | undefined,
): Promise<CepLocation | undefined> {
  if (optionId === PICKUP_OPTION_ID || !cep) return undefined;
  return geocodeCep(cep);
}

/**
 * Re-prices the shopper's chosen option from the database at placement: the client names an
 * option id, never a price. A store with no zones and no logistics settings keeps the flat rate.
 */
export async function priceOrderShipping(
  db: Executor,
  input: {
    optionId: string | undefined;
    cep: string | undefined;
    location: CepLocation | undefined;
    items: readonly StockItem[];
    subtotalCents: number;
    now?: Date;
  },
): Promise<OrderShipping> {
  const [settings, zones] = await Promise.all([loadLogisticsSettings(db), loadActiveZones(db)]);
  if (!settings && zones.length === 0) {
    const point = input.location && {
      deliveryLat: input.location.lat,
      deliveryLng: input.location.lng,
    };
    return { shippingCents: quoteFlatShipping(input.subtotalCents), columns: { ...point } };
  }
  if (!input.optionId) throw fieldError('shippingOptionId', 'Choose a shipping option.');
  const pickup = input.optionId === PICKUP_OPTION_ID;
  const origin = settings && { lat: settings.originLat, lng: settings.originLng };
  const location =
    input.location ??
    (pickup && origin ? { ...origin, precision: 8 as const, source: 'table' as const } : undefined);
  if (!location) throw fieldError('cep', 'Enter the delivery CEP.');
  const quote = await quoteShipping(db, {
    cep: pickup ? '' : (input.cep ?? ''),
    items: input.items,
    subtotalCents: input.subtotalCents,
    location,
    now: input.now,
  });
  const option = chosenOptionOrThrow(quote, input.optionId);
  return {
    shippingCents: option.priceCents,
    columns: {
      shippingKind: option.kind,
      shippingMethodId: option.id,
      shippingLabel: option.pickup ? `${option.label} — ${option.pickup.address}` : option.label,
      shippingZoneId: option.zoneId,
      deliveryEstimateFrom: option.estimate.from,
      deliveryEstimateTo: option.estimate.to,
      deliveryLat: pickup ? null : location.lat,
      deliveryLng: pickup ? null : location.lng,
      packageWeightGrams: quote.pkg.totalWeightGrams,
    },
  };
}

type AddressLike = {
  recipient: string;
  cep: string;
  street: string;
  number: string;
  complement?: string | null;
  district: string;
  city: string;
  state: string;
};

/** Placement input rule: an address unless the shopper picks up at the store. */
export function requireAddressUnlessPickup(
  value: { address?: unknown; shippingOptionId?: string; pickupRecipient?: string },
  ctx: z.RefinementCtx,
) {
  if (value.shippingOptionId === PICKUP_OPTION_ID) {
    if (!value.address && !value.pickupRecipient) {
      ctx.addIssue({ code: 'custom', path: ['pickupRecipient'], message: 'required' });
    }
  } else if (!value.address) {
    ctx.addIssue({ code: 'custom', path: ['address'], message: 'required' });
  }
}

/** The order's address snapshot; a pickup order without an address keeps only who collects it. */
export function orderAddressSnapshot(
  address: AddressLike | undefined,
  pickupRecipient: string | undefined,
): AddressSnapshot {
  if (address) {
    const { recipient, cep, street, number, complement, district, city, state } = address;
    return {
      recipient,
      cep,
      street,
      number,
      complement: complement ?? null,
      district,
      city,
      state,
    };
  }
  return {
    recipient: pickupRecipient ?? '',
    cep: '',
    street: '',
    number: '',
    complement: null,
    district: '',
    city: '',
    state: '',
  };
}
