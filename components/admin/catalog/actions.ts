'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import type { ActionState } from '@/lib/actions/action-state';
import { getActionIp } from '@/lib/audit/record-audit';
import { requireActor } from '@/lib/auth/current-actor';
import { bulkEditProducts } from '@/lib/catalog/admin/bulk-edit-products';
import { catalogErrorState } from '@/lib/catalog/admin/catalog-action-state';
import { productInputFromForm } from '@/lib/catalog/admin/product-form-schema';
import { saveProduct } from '@/lib/catalog/admin/save-product';
import { deleteProductImage, uploadProductImage } from '@/lib/catalog/images/upload-product-image';

const catalogActor = () => requireActor({ roles: ['admin'], permission: 'catalog' });
const optionalId = z.uuid().nullable().catch(null);

/** Creates or updates a product from the editor; a stale form gets a conflict naming who/when. */
export async function saveProductAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await catalogActor();
  const productId = optionalId.parse(form.get('productId') || null);
  let id: string;
  try {
    ({ id } = await saveProduct(productId, productInputFromForm(form), {
      actor,
      ip: await getActionIp(),
    }));
  } catch (error) {
    return catalogErrorState(error);
  }
  revalidatePath('/admin/catalog');
  redirect(`/admin/catalog/${id}?saved=1`);
}

/** Publish/unpublish, price change by percent or category move for the selected rows. */
export async function bulkEditAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await catalogActor();
  const input = {
    op: form.get('op'),
    ids: form.getAll('ids').filter((v) => typeof v === 'string'),
    percent: form.get('percent') ?? undefined,
    categoryId: form.get('categoryId') ?? undefined,
  };
  try {
    const { changed } = await bulkEditProducts(input, { actor, ip: await getActionIp() });
    revalidatePath('/admin/catalog');
    return {
      ok: true,
      message: (await getTranslations('adminCatalog.bulk'))('done', { count: changed }),
    };
  } catch (error) {
    return catalogErrorState(error);
  }
}

export async function uploadImageAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await catalogActor();
  const productId = optionalId.parse(form.get('productId') || null);
  const file = form.get('image');
  const alt = form.get('alt');
  const t = await getTranslations('adminCatalog');
  if (!productId) return { ok: false, message: t('errors.notFound') };
  if (!(file instanceof Blob))
    return {
      ok: false,
      message: t('errors.summary'),
      fieldErrors: { image: [t('errors.required')] },
    };
  try {
    await uploadProductImage(
      productId,
      { bytes: new Uint8Array(await file.arrayBuffer()), alt: typeof alt === 'string' ? alt : '' },
      { actor, ip: await getActionIp() },
    );
  } catch (error) {
    return catalogErrorState(error);
  }
  revalidatePath(`/admin/catalog/${productId}`);
  return { ok: true, message: t('images.uploaded') };
}

export async function deleteImageAction(form: FormData): Promise<void> {
  const actor = await catalogActor();
  const productId = optionalId.parse(form.get('productId') || null);
  const imageId = optionalId.parse(form.get('imageId') || null);
  if (!productId || !imageId) return;
  try {
    await deleteProductImage(productId, imageId, { actor, ip: await getActionIp() });
  } catch {
    // Already removed (double click, another tab): the page below shows the current gallery.
  }
  revalidatePath(`/admin/catalog/${productId}`);
}
