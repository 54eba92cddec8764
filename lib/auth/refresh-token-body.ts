import { z } from 'zod';

export const refreshTokenBodySchema = z.object({
  refreshToken: z.string({ error: 'required' }).min(20, 'invalid_token').max(4096, 'invalid_token'),
});
