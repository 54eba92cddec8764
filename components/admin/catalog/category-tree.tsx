'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { moveCategoryAction, reorderCategoriesAction } from './category-actions';
import { EditCategoryForm } from './category-forms';
import type { CategoryOption } from './product-editor';

export type TreeRow = {
  id: string;
  parentId: string | null;
  name: string;
  slug: string;
  depth: number;
  productCount: number;
  updatedAt: string;
};

/**
 * The category tree in display order. Rows drag onto a sibling to reorder; the up/down buttons do
 * the same from the keyboard. Every change goes through a server action and the page re-renders
 * with the stored order.
 */
export function CategoryTree({ rows, options }: { rows: TreeRow[]; options: CategoryOption[] }) {
  const t = useTranslations('adminCatalog.categories');
  const [dragged, setDragged] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const siblings = (parentId: string | null) => rows.filter((r) => r.parentId === parentId);

  function drop(target: TreeRow) {
    const source = rows.find((r) => r.id === dragged);
    setDragged(null);
    if (!source || source.id === target.id || source.parentId !== target.parentId) return;
    const order = siblings(target.parentId)
      .map((r) => r.id)
      .filter((id) => id !== source.id);
    order.splice(order.indexOf(target.id), 0, source.id);
    const form = new FormData();
    form.set('parentId', target.parentId ?? '');
    order.forEach((id) => form.append('orderedIds', id));
    startTransition(() => void reorderCategoriesAction({ ok: false }, form));
  }

  return (
    <ul className="flex flex-col" data-testid="category-tree">
      {rows.map((row) => {
        const group = siblings(row.parentId);
        const index = group.findIndex((r) => r.id === row.id);
        return (
          <li
            key={row.id}
            draggable
            onDragStart={() => setDragged(row.id)}
            onDragOver={(e) => {
              if (dragged && rows.find((r) => r.id === dragged)?.parentId === row.parentId)
                e.preventDefault();
            }}
            onDrop={() => drop(row)}
            data-category={row.slug}
            className={`border-b border-stone-100 py-2 ${dragged === row.id ? 'opacity-50' : ''}`}
            style={{ paddingLeft: `${row.depth * 1.5}rem` }}
          >
            <div className="flex flex-wrap items-center gap-2">
              <span aria-hidden className="cursor-grab text-stone-500">
                ⠿
              </span>
              <span className="font-semibold">{row.name}</span>
              <span className="text-xs text-stone-600">
                /{row.slug} · {t('products', { count: row.productCount })}
              </span>
              <form action={moveCategoryAction} className="inline">
                <input type="hidden" name="id" value={row.id} />
                <input type="hidden" name="direction" value="up" />
                <button
                  type="submit"
                  disabled={index === 0}
                  aria-label={t('moveUp', { name: row.name })}
                  className="rounded-full border border-stone-400 px-2 py-0.5 text-sm disabled:opacity-40"
                >
                  ↑
                </button>
              </form>
              <form action={moveCategoryAction} className="inline">
                <input type="hidden" name="id" value={row.id} />
                <input type="hidden" name="direction" value="down" />
                <button
                  type="submit"
                  disabled={index === group.length - 1}
                  aria-label={t('moveDown', { name: row.name })}
                  className="rounded-full border border-stone-400 px-2 py-0.5 text-sm disabled:opacity-40"
                >
                  ↓
                </button>
              </form>
            </div>
            <details className="mt-1">
              <summary className="cursor-pointer text-sm text-emerald-900 underline">
                {t('edit', { name: row.name })}
              </summary>
              <EditCategoryForm key={row.updatedAt} category={row} options={options} />
            </details>
          </li>
        );
      })}
    </ul>
  );
}
