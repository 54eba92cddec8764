import type { NextRequest } from 'next/server';
import { apiHandler } from '@/lib/api/handler';
import { handlers } from '@/lib/auth/authjs';

// Auth.js's own endpoints (CSRF token, credentials and OAuth callbacks, sign-out); it checks
// its CSRF token on every POST. Wrapped for request ids, logs and metrics like every route.
const route = '/api/auth/[...nextauth]';

export const GET = apiHandler({ auth: 'public', route }, ({ req }) =>
  handlers.GET(req as NextRequest),
);

export const POST = apiHandler({ auth: 'public', route }, ({ req }) =>
  handlers.POST(req as NextRequest),
);
