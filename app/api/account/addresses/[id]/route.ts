import { z } from 'zod';
import { apiHandler } from '@/lib/api/handler';
import { addressInputSchema } from '@/lib/accounts/address-schema';
import { deleteAddress, getAddressOrThrow, saveAddress } from '@/lib/accounts/addresses';
import { requireApiActor } from '@/lib/auth/request-auth';

const params = z.object({ id: z.uuid() });

export const GET = apiHandler({ auth: requireApiActor(), params }, async ({ auth, params }) => ({
  address: await getAddressOrThrow(auth, params.id),
}));

export const PUT = apiHandler(
  { auth: requireApiActor(), params, body: addressInputSchema },
  async ({ auth, params, body }) => ({ address: await saveAddress(auth, body, params.id) }),
);

export const DELETE = apiHandler({ auth: requireApiActor(), params }, async ({ auth, params }) => {
  await deleteAddress(auth, params.id);
  return new Response(null, { status: 204 });
});
