import { describe, expect, it } from 'vitest';
import { renderOrderEmail, type OrderEmailData } from './render-order-email';

const base: OrderEmailData = {
  kind: 'received',
  locale: 'pt-BR',
  store: { name: 'Loja', contact: 'contato@loja.test' },
  customerName: 'Maria <script>',
  number: 'LJ-ABCD2345',
  orderUrl: 'https://loja.test/orders/LJ-ABCD2345',
  lines: [{ name: 'Camiseta · M', quantity: 2, total: 'R$ 99,80' }],
  total: 'R$ 119,70',
  returnWindowDays: 7,
};

describe('order e-mails', () => {
  it('received with Pix instructions, in Portuguese; HTML escapes values, text keeps them', () => {
    const email = renderOrderEmail({
      ...base,
      pix: { code: '00020126PIX', expires: '26/11/2026 15:30' },
    });
    expect(email.subject).toBe('Recebemos seu pedido LJ-ABCD2345');
    expect(email.text).toContain('Olá, Maria <script>');
    expect(email.text).toContain('00020126PIX');
    expect(email.text).toContain('- Camiseta · M × 2: R$ 99,80');
    expect(email.html).toContain('Maria &lt;script&gt;');
    expect(email.html).not.toContain('<script>');
  });

  it('boleto line and PDF, shipped with carrier tracking, refunded amount, in English', () => {
    const boleto = renderOrderEmail({
      ...base,
      locale: 'en',
      boleto: { line: '34191.79001 01043', due: 'Nov 29, 2026', pdfUrl: 'https://b.test/1.pdf' },
    });
    expect(boleto.text).toContain('typable line (due Nov 29, 2026)');
    expect(boleto.html).toContain('href="https://b.test/1.pdf"');
    const shipped = renderOrderEmail({
      ...base,
      kind: 'shipped',
      locale: 'en',
      tracking: { carrier: 'Correios', code: 'BR123' },
    });
    expect(shipped.subject).toBe('Order LJ-ABCD2345 is on its way');
    expect(shipped.text).toContain('Carrier Correios, tracking code BR123.');
    const refunded = renderOrderEmail({
      ...base,
      kind: 'refunded',
      refund: { amount: 'R$ 10,00' },
    });
    expect(refunded.text).toContain('Reembolsamos R$ 10,00');
  });

  it("a declined return carries the store's reason, escaped in HTML, in both languages", () => {
    const declined = renderOrderEmail({
      ...base,
      kind: 'return_declined',
      declineReason: 'Etiqueta <removida>',
    });
    expect(declined.subject).toBe('Sua solicitação de devolução do pedido LJ-ABCD2345');
    expect(declined.text).toContain('Motivo: “Etiqueta <removida>”.');
    expect(declined.html).toContain('Etiqueta &lt;removida&gt;');
    expect(declined.html).not.toContain('<removida>');
    const en = renderOrderEmail({
      ...base,
      locale: 'en',
      kind: 'return_declined',
      declineReason: 'Used',
    });
    expect(en.text).toContain('Reason: “Used”.');
  });

  it('shipped carries the delivery code in both languages, and no code line without one', () => {
    const pt = renderOrderEmail({ ...base, kind: 'shipped', deliveryCode: '482913' });
    expect(pt.text).toContain('Quando o entregador chegar, informe este código de entrega: 482913');
    expect(pt.html).toMatch(/informe este código de entrega: <strong[^>]*>482913<\/strong>/);
    const en = renderOrderEmail({ ...base, locale: 'en', kind: 'shipped', deliveryCode: '482913' });
    expect(en.text).toContain('When the courier arrives, read out this delivery code: 482913');
    expect(en.html).toContain('>482913</strong>');
    const none = renderOrderEmail({ ...base, locale: 'en', kind: 'shipped', deliveryCode: null });
    expect(none.text).not.toContain('delivery code');
    expect(none.html).not.toContain('delivery code');
  });
});
