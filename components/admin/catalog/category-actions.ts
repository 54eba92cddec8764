'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import type { ActionState } from '@/lib/actions/action-state';
import { formFields } from '@/lib/actions/form-data';
import { getActionIp } from '@/lib/audit/record-audit';
import { requireActor } from '@/lib/auth/current-actor';
import { catalogErrorState } from '@/lib/catalog/admin/catalog-action-state';
import {
  createCategory,
  editCategory,
  moveCategoryStep,
  setCategoryOrder,
} from '@/lib/catalog/admin/category-admin';

const catalogActor = () => requireActor({ roles: ['admin'], permission: 'catalog' });
const PATH = '/admin/catalog/categories';

export async function createCategoryAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const actor = await catalogActor();
  const values = formFields(form, ['name', 'slug', 'parentId']);
  try {
    await createCategory(values, { actor, ip: await getActionIp() });
  } catch (error) {
    return catalogErrorState(error, values);
  }
  revalidatePath(PATH);
  return { ok: true, message: (await getTranslations('adminCatalog.categories'))('created') };
}

export async function editCategoryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await catalogActor();
  const values = formFields(form, ['id', 'name', 'parentId', 'expectedUpdatedAt']);
  try {
    await editCategory(values, { actor, ip: await getActionIp() });
  } catch (error) {
    return catalogErrorState(error, values);
  }
  revalidatePath(PATH);
  return { ok: true, message: (await getTranslations('adminCatalog.categories'))('saved') };
}

/** The keyboard alternative to dragging: one step up or down among siblings. */
export async function moveCategoryAction(form: FormData): Promise<void> {
  const actor = await catalogActor();
  const id = z.uuid().safeParse(form.get('id'));
  const direction = z.enum(['up', 'down']).safeParse(form.get('direction'));
  if (!id.success || !direction.success) return;
  try {
    await moveCategoryStep(id.data, direction.data, { actor, ip: await getActionIp() });
  } catch {
    // Deleted or reordered meanwhile: the refreshed tree shows the current order.
  }
  revalidatePath(PATH);
}

/** Drag and drop: the new order of one parent's children. */
export async function reorderCategoriesAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const actor = await catalogActor();
  const input = {
    parentId: form.get('parentId') || '',
    orderedIds: form.getAll('orderedIds').filter((v) => typeof v === 'string'),
  };
  try {
    await setCategoryOrder(input, { actor, ip: await getActionIp() });
  } catch (error) {
    return catalogErrorState(error);
  }
  revalidatePath(PATH);
  return { ok: true, message: (await getTranslations('adminCatalog.categories'))('reordered') };
}
