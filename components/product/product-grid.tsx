import type { ProductCard as ProductCardData } from '@/lib/catalog/types';
import { ProductCard } from './product-card';

export function ProductGrid({
  products,
  eager = 4,
}: {
  products: ProductCardData[];
  eager?: number;
}) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-5 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id} className="flex *:w-full">
          <ProductCard product={product} priority={index < eager} />
        </li>
      ))}
    </ul>
  );
}
