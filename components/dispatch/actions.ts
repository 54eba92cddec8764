'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import type { ActionState } from '@/lib/actions/action-state';
import { adminFormErrorState } from '@/lib/admin/form-error-state';
import { formObject } from '@/lib/admin/run-admin-action';
import { getActionIp } from '@/lib/audit/record-audit';
import { requireActor } from '@/lib/auth/current-actor';
import { requestContextFrom } from '@/lib/auth/request-context';
import { getDb } from '@/lib/db/client';
import { isStaleWrite } from '@/lib/catalog/admin/catalog-errors';
import { AppError } from '@/lib/errors';
import { assignInputSchema, assignOrders } from '@/lib/logistics/dispatch/assign-orders';
import {
  courierFieldName,
  courierFormInput,
  makeNewCourierSchema,
} from '@/lib/logistics/dispatch/courier-form';
import {
  courierInputSchema,
  createCourier,
  updateCourier,
} from '@/lib/logistics/dispatch/couriers';
import { sendCourierInvite } from '@/lib/logistics/dispatch/invite-courier';
import { startRoute } from '@/lib/logistics/dispatch/routes';
import { courierStatuses, vehicleKinds } from '@/db/schema';

const LOGISTICS = { roles: ['admin' as const], permission: 'logistics' as const };
const newCourierSchema = makeNewCourierSchema(vehicleKinds, courierStatuses);

function fieldErrors(issues: { path: PropertyKey[] }[], message: string) {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) fields[String(issue.path[0] ?? 'form')] = [message];
  return fields;
}

/**
 * Adds a courier from an existing account (or an invite), or edits one (`id` set); audited. The
 * form validates with the same schema first; an edit based on an outdated version is refused
 * naming who changed the courier, with the operator's input kept.
 */
export async function saveCourierAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireActor(LOGISTICS);
  const t = await getTranslations('adminCouriers');
  const id = z.uuid().safeParse(form.get('id'));
  const input = courierFormInput(form);
  const values = formObject(form);
  const parsed = id.success
    ? courierInputSchema.safeParse(input)
    : newCourierSchema.safeParse({ ...input, email: form.get('email') ?? '' });
  if (!parsed.success)
    return adminFormErrorState(parsed.error, { values, fieldName: courierFieldName });
  const email = z.email().safeParse(form.get('email'));
  try {
    if (id.success) {
      const version = form.get('expectedVersion');
      await updateCourier(
        getDb(),
        actor,
        id.data,
        parsed.data,
        await getActionIp(),
        typeof version === 'string' ? version : '',
      );
    } else {
      const invite = form.get('invite') === 'on';
      const created = await createCourier(
        getDb(),
        actor,
        { ...parsed.data, email: email.data!, invite },
        await getActionIp(),
      );
      if (created.invitedUserId) {
        await sendCourierInvite(
          { id: created.invitedUserId, email: email.data!, name: parsed.data.firstName },
          requestContextFrom(await headers()),
        );
      }
    }
  } catch (error) {
    if (isStaleWrite(error)) return adminFormErrorState(error, { values });
    if (error instanceof AppError && (error.code === 'not_found' || error.code === 'conflict')) {
      const message = t(error.code === 'not_found' ? 'errors.notFound' : 'errors.conflict');
      return { ok: false, message, fieldErrors: { email: [message] }, values };
    }
    throw error;
  }
  revalidatePath('/admin/couriers');
  revalidatePath('/admin/dispatch');
  // The edit page re-renders with the new version, so the next save from it is not "stale".
  if (id.success) revalidatePath(`/admin/couriers/${id.data}`);
  return {
    ok: true,
    message: t(id.success ? 'saved' : form.get('invite') === 'on' ? 'invited' : 'created'),
  };
}

/** Manual assignment of the selected ready orders to a courier's route; audited. */
export async function assignOrdersAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireActor(LOGISTICS);
  const t = await getTranslations('adminDispatch');
  const position = form.get('position');
  const parsed = assignInputSchema.safeParse({
    courierId: form.get('courierId'),
    orderIds: form.getAll('orderIds'),
    position: typeof position === 'string' && position.trim() ? position : undefined,
  });
  if (!parsed.success) {
    const invalid = (await getTranslations('adminCouriers'))('errors.invalid');
    return { ok: false, message: invalid, fieldErrors: fieldErrors(parsed.error.issues, invalid) };
  }
  try {
    await assignOrders(getDb(), actor, parsed.data, await getActionIp());
  } catch (error) {
    if (error instanceof AppError && (error.code === 'conflict' || error.code === 'not_found')) {
      return { ok: false, message: error.message };
    }
    throw error;
  }
  revalidatePath('/admin/dispatch');
  return { ok: true, message: t('assign.done') };
}

/** Starts a planned route: its orders go out for delivery with their codes; audited. */
export async function startRouteAction(form: FormData): Promise<void> {
  const actor = await requireActor(LOGISTICS);
  const id = z.uuid().safeParse(form.get('routeId'));
  if (!id.success) return;
  await startRoute(getDb(), actor, id.data, await getActionIp());
  revalidatePath('/admin/dispatch');
  redirect('/admin/dispatch?started=1');
}
