import { z } from 'zod';
import { apiHandler } from '@/lib/api/handler';
import { requestContextFrom } from '@/lib/auth/request-context';
import { getDb } from '@/lib/db/client';
import { quoteShipping } from '@/lib/logistics/shipping/quote-shipping';
import { consumeRateLimit } from '@/lib/rate-limit';

const query = z.object({
  cep: z.string().max(20),
  variantId: z.uuid(),
  quantity: z.coerce.number().int().min(1).max(999).default(1),
});

/**
 * Public shipping quote for one product (the product page's "Calcular frete"). Prices, weights
 * and sizes come from the database; limited per IP because it may call a paid geocoder.
 */
export const GET = apiHandler({ auth: 'public', query }, async ({ req, query }) => {
  await consumeRateLimit('shippingQuoteIp', requestContextFrom(req.headers).ip ?? 'unknown');
  const quote = await quoteShipping(getDb(), {
    cep: query.cep,
    items: [{ variantId: query.variantId, quantity: query.quantity }],
  });
  return {
    cep: quote.cep,
    approximate: quote.location.precision < 8,
    options: quote.options,
    unavailable: quote.unavailable,
  };
});
