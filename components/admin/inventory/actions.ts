'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import type { ActionState } from '@/lib/actions/action-state';
import { formFields } from '@/lib/actions/form-data';
import { getActionIp } from '@/lib/audit/record-audit';
import { requireActor } from '@/lib/auth/current-actor';
import { catalogErrorState } from '@/lib/catalog/admin/catalog-action-state';
import { adjustStock } from '@/lib/inventory/adjust-stock';
import { setStockThreshold } from '@/lib/inventory/set-stock-threshold';

const inventoryActor = () => requireActor({ roles: ['admin'], permission: 'inventory' });

export async function adjustStockAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await inventoryActor();
  const values = formFields(form, ['variantId', 'reason', 'quantity', 'note']);
  try {
    const { onHand } = await adjustStock(values, { actor, ip: await getActionIp() });
    revalidatePath(`/admin/inventory/${values.variantId}`);
    revalidatePath('/admin/inventory');
    return {
      ok: true,
      message: (await getTranslations('adminCatalog.inventory'))('adjusted', { onHand }),
    };
  } catch (error) {
    return catalogErrorState(error, values);
  }
}

export async function setThresholdAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await inventoryActor();
  const values = formFields(form, ['variantId', 'threshold']);
  try {
    await setStockThreshold(values, { actor, ip: await getActionIp() });
    revalidatePath(`/admin/inventory/${values.variantId}`);
    return {
      ok: true,
      message: (await getTranslations('adminCatalog.inventory'))('thresholdSaved'),
    };
  } catch (error) {
    return catalogErrorState(error, values);
  }
}
