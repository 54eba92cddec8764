'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import type { ActionState } from '@/lib/actions/action-state';
import { formFields } from '@/lib/actions/form-data';
import { getActionIp } from '@/lib/audit/record-audit';
import { requireActor } from '@/lib/auth/current-actor';
import { catalogErrorState } from '@/lib/catalog/admin/catalog-action-state';
import { saveSynonyms } from '@/lib/catalog/admin/save-synonyms';

export async function saveSynonymsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await requireActor({ roles: ['admin'], permission: 'catalog' });
  const values = formFields(form, ['text', 'version']);
  try {
    const groups = await saveSynonyms(values, { actor, ip: await getActionIp() });
    revalidatePath('/admin/synonyms');
    return {
      ok: true,
      message: (await getTranslations('adminCatalog.synonyms'))('saved', { count: groups.length }),
    };
  } catch (error) {
    // Group-level issues (path [i] or [i, j]) are shown on the textarea.
    const state = await catalogErrorState(error, values);
    const fieldErrors = state.fieldErrors
      ? { text: Object.values(state.fieldErrors).flat() }
      : undefined;
    return { ...state, fieldErrors };
  }
}
