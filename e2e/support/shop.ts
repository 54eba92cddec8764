import type { Page } from '@playwright/test';
import { createTestProduct } from './db';
import { expect } from './fixtures';

/** A new single-variant product at R$ 129,90 with `onHand` units, added to the cart from its page. */
export async function addToCart(
  page: Page,
  visit: (path: string) => Promise<void>,
  name: string,
  onHand = 5,
) {
  const product = await createTestProduct(name, {
    optionNames: [],
    variants: [{ options: {}, priceCents: 12_990, onHand }],
  });
  await visit(`/p/${product.slug}`);
  await page.getByRole('button', { name: 'Adicionar ao carrinho' }).click();
  await expect(page.getByTestId('form-status')).toContainText('Adicionado');
  await expect(page.getByTestId('cart-link')).toContainText('(1)');
  return product;
}

/** The checkout's contact and delivery address (pt-BR labels), at Avenida Paulista, São Paulo. */
export async function fillAddress(page: Page, email: string, recipient = 'Maria Convidada') {
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('CEP', { exact: true }).fill('01310-100');
  await expect(page.getByText(/Endereço encontrado|CEP não encontrado/)).toBeVisible();
  await page.getByLabel('Destinatário', { exact: true }).fill(recipient);
  await page.getByLabel('Rua', { exact: true }).fill('Avenida Paulista');
  await page.getByLabel('Número', { exact: true }).fill('1000');
  await page.getByLabel('Bairro', { exact: true }).fill('Bela Vista');
  await page.getByLabel('Cidade', { exact: true }).fill('São Paulo');
  await page.getByLabel('Estado', { exact: true }).selectOption('SP');
}
