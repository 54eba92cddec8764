import { apiHandler } from '@/lib/api/handler';
import { requireApiActor } from '@/lib/auth/request-auth';
import { getDb } from '@/lib/db/client';
import { stopParams } from '@/lib/logistics/dispatch/courier-api';
import { getStopProofOrThrow } from '@/lib/logistics/dispatch/get-proof';

/** The proof-of-delivery image of a stop (logistics permission); never cached by browsers. */
export const GET = apiHandler(
  { auth: requireApiActor({ roles: ['admin'], permission: 'logistics' }), params: stopParams },
  async ({ params }) => {
    const proof = await getStopProofOrThrow(getDb(), params.id);
    return new Response(new Uint8Array(proof.image), {
      headers: {
        'content-type': proof.contentType,
        'cache-control': 'private, no-store',
        'content-disposition': `inline; filename="proof-${params.id}.${proof.contentType.split('/')[1]}"`,
      },
    });
  },
);
