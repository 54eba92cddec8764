import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { ZodError } from 'zod';
import { getActionIp } from '@/lib/audit/record-audit';
import { AppError } from '@/lib/errors';

/** The text fields of a form as a plain object. */
export function formObject(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}

/**
 * Runs an admin write from a plain `<form action>` and comes back to `back` with the outcome in
 * the URL (`notice=<key>` or `error=<field>.<code>` / `error=<app code>`), which the page shows
 * inline next to the field. Unauthorized and forbidden are rethrown: the caller may not be here.
 */
export async function runAdminAction(
  back: string,
  write: (ctx: { ip: string | null }) => Promise<string>,
): Promise<never> {
  const ip = await getActionIp();
  let target: string;
  try {
    const notice = await write({ ip });
    target = withParam(back, 'notice', notice);
  } catch (error) {
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      const field = issue?.path.map(String).join('.') || 'form';
      target = withParam(back, 'error', `${field}.${issue?.message ?? 'invalid'}`);
    } else if (
      error instanceof AppError &&
      error.code !== 'unauthorized' &&
      error.code !== 'forbidden'
    ) {
      target = withParam(back, 'error', error.code);
    } else {
      throw error;
    }
  }
  revalidatePath(back.split('?')[0] ?? back);
  redirect(target);
}

function withParam(path: string, key: string, value: string) {
  const [base, query = ''] = path.split('?');
  const params = new URLSearchParams(query);
  params.delete('notice');
  params.delete('error');
  params.set(key, value);
  return `${base}?${params.toString()}`;
}
