'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { ActionState } from '@/lib/actions/action-state';
import { adminFormErrorState, staleMessage } from '@/lib/admin/form-error-state';
import { getActionIp } from '@/lib/audit/record-audit';
import { requireActor } from '@/lib/auth/current-actor';
import { isStaleWrite } from '@/lib/catalog/admin/catalog-errors';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { cancelRoute, cancelRouteInputSchema } from '@/lib/logistics/dispatch/cancel-route';
import { reorderRouteInputSchema, reorderRouteStops } from '@/lib/logistics/dispatch/reorder-route';

const LOGISTICS = { roles: ['admin' as const], permission: 'logistics' as const };

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === 'string' ? value : undefined;
};

/** A refusal as the board shows it: stale → who changed the route; a coded refusal → its text. */
async function refusal(error: unknown): Promise<ActionState> {
  if (isStaleWrite(error)) {
    return { ok: false, message: await staleMessage(error.details.by, error.details.at) };
  }
  if (error instanceof AppError && (error.code === 'conflict' || error.code === 'not_found')) {
    const t = await getTranslations('adminDispatch.edit.errors');
    const code = typeof error.details?.code === 'string' ? error.details.code : error.code;
    return {
      ok: false,
      message: t.has(code as 'not_found') ? t(code as 'not_found') : error.message,
    };
  }
  if (error instanceof AppError && error.code === 'validation_failed') {
    const t = await getTranslations('adminDispatch.edit.errors');
    const code = String(error.details?.code ?? 'invalid');
    const field = String(error.details?.field ?? 'stopIds');
    const message = t.has(code as 'invalid') ? t(code as 'invalid') : t('invalid');
    return { ok: false, message, fieldErrors: { [field]: [message] } };
  }
  return adminFormErrorState(error, {});
}

function refresh() {
  revalidatePath('/admin/dispatch');
  // The courier app lists the route's stops in order.
  revalidatePath('/courier');
}

/**
 * Cancels a planned route from the board: its orders return to the ready list; audited. Success
 * redirects to the board with a banner, since the cancelled route leaves the list.
 */
export async function cancelRouteAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireActor(LOGISTICS);
  const parsed = cancelRouteInputSchema.safeParse({
    routeId: text(form, 'routeId'),
    expectedVersion: text(form, 'expectedVersion') ?? '',
  });
  if (!parsed.success) return adminFormErrorState(parsed.error, {});
  try {
    await cancelRoute(getDb(), actor, parsed.data, await getActionIp());
  } catch (error) {
    return refusal(error);
  }
  refresh();
  redirect('/admin/dispatch?cancelled=1');
}

/** Moves a pending stop up or down (the whole new pending order is submitted); audited. */
export async function reorderRouteAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireActor(LOGISTICS);
  const parsed = reorderRouteInputSchema.safeParse({
    routeId: text(form, 'routeId'),
    expectedVersion: text(form, 'expectedVersion') ?? '',
    stopIds: form.getAll('stopIds'),
  });
  if (!parsed.success) return adminFormErrorState(parsed.error, {});
  try {
    await reorderRouteStops(getDb(), actor, parsed.data, {
      osrmUrl: getEnv().OSRM_URL,
      ip: await getActionIp(),
    });
  } catch (error) {
    return refusal(error);
  }
  refresh();
  return { ok: true, message: (await getTranslations('adminDispatch.edit'))('reordered') };
}
