import { z } from 'zod';
import { apiHandler } from '@/lib/api/handler';
import { requestContextFrom } from '@/lib/auth/request-context';
import { normalizeCep } from '@/lib/cep/cep';
import { lookupCep } from '@/lib/cep/lookup-cep';
import { AppError } from '@/lib/errors';
import { consumeRateLimit } from '@/lib/rate-limit';

const params = z.object({
  cep: z.string().transform((value, ctx) => {
    const cep = normalizeCep(value);
    if (!cep) ctx.addIssue({ code: 'custom', message: 'invalid_cep' });
    return cep ?? '';
  }),
});

/** Public CEP lookup for the address form; limited per IP because it may call a paid provider. */
export const GET = apiHandler({ auth: 'public', params }, async ({ req, params }) => {
  await consumeRateLimit('cepIp', requestContextFrom(req.headers).ip ?? 'unknown');
  const address = await lookupCep(params.cep);
  if (!address) throw new AppError('not_found', 'Unknown CEP.');
  return { address };
});
