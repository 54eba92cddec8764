import { apiHandler } from '@/lib/api/handler';
import { addressInputSchema } from '@/lib/accounts/address-schema';
import { listAddresses, saveAddress } from '@/lib/accounts/addresses';
import { requireApiActor } from '@/lib/auth/request-auth';

export const GET = apiHandler({ auth: requireApiActor() }, async ({ auth }) => ({
  addresses: await listAddresses(auth),
}));

export const POST = apiHandler(
  { auth: requireApiActor(), body: addressInputSchema },
  async ({ auth, body }) =>
    Response.json({ address: await saveAddress(auth, body) }, { status: 201 }),
);
