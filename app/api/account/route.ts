import { apiHandler } from '@/lib/api/handler';
import { getProfile } from '@/lib/accounts/profile';
import { requireApiActor } from '@/lib/auth/request-auth';

export const GET = apiHandler({ auth: requireApiActor() }, async ({ auth }) => ({
  profile: await getProfile(auth),
}));
