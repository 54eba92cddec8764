import { useTranslations } from 'next-intl';
import { getStockStatus } from '@/lib/catalog/stock-status';

const DOT = {
  in_stock: 'bg-emerald-600',
  low_stock: 'bg-amber-500',
  out_of_stock: 'bg-stone-400',
} as const;
const TEXT = {
  in_stock: 'text-emerald-800',
  low_stock: 'text-amber-800',
  out_of_stock: 'text-stone-700',
} as const;

export function StockStatus({ onHand }: { onHand: number }) {
  const t = useTranslations('product.stock');
  const status = getStockStatus(onHand);
  return (
    <p
      data-testid="stock-status"
      data-status={status}
      className={`flex items-center gap-2 text-sm font-semibold ${TEXT[status]}`}
    >
      <span aria-hidden="true" className={`size-2.5 rounded-full ${DOT[status]}`} />
      {t(status)}
    </p>
  );
}
