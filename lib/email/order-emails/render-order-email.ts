import Handlebars from 'handlebars';
import type { OrderEmailKind } from '@/db/schema/order-emails';
import type { Locale } from '@/lib/i18n/config';
import type { RenderedEmail } from '../templates';
import strings from './strings.json';

export type OrderEmailData = {
  kind: OrderEmailKind;
  locale: Locale;
  store: { name: string; contact: string };
  customerName: string;
  number: string;
  orderUrl: string;
  lines: { name: string; quantity: number; total: string }[];
  total: string;
  pix?: { code: string; expires: string } | null;
  boleto?: { line: string; due: string; pdfUrl: string | null } | null;
  tracking?: { carrier: string; code: string } | null;
  /** The code the shopper reads out to our courier (shipped, while out for delivery only). */
  deliveryCode?: string | null;
  refund?: { amount: string } | null;
  /** Why the store declined the shopper's return (return_declined only). */
  declineReason?: string | null;
  returnWindowDays: number;
};

// HTML escapes every value (Handlebars' default); the text version must not.
const hbs = Handlebars.create();
const text = hbs.compile(
  `{{t.greeting}}

{{t.body}}
{{#if pix}}

{{t.pix}}
{{pix.code}}
{{/if}}{{#if boleto}}

{{t.boleto}}
{{boleto.line}}{{#if boleto.pdfUrl}}
{{t.boletoPdf}}: {{boleto.pdfUrl}}{{/if}}
{{/if}}{{#if tracking}}

{{t.tracking}}
{{/if}}{{#if deliveryCode}}

{{t.deliveryCode}} {{deliveryCode}}
{{/if}}

{{t.orderLabel}}
{{#each lines}}- {{name}} × {{quantity}}: {{total}}
{{/each}}{{t.total}}: {{total}}

{{t.viewOrder}}: {{orderUrl}}

{{t.footer}}
`,
  { noEscape: true, strict: true },
);
const html = hbs.compile(
  `<div style="font-family:sans-serif;max-width:36rem;color:#1c1917">
<p>{{t.greeting}}</p>
<p>{{t.body}}</p>
{{#if pix}}<p>{{t.pix}}</p><pre style="white-space:pre-wrap;font-size:12px;background:#f5f5f4;padding:8px">{{pix.code}}</pre>{{/if}}
{{#if boleto}}<p>{{t.boleto}}</p><p style="font-family:monospace">{{boleto.line}}</p>{{#if boleto.pdfUrl}}<p><a href="{{boleto.pdfUrl}}">{{t.boletoPdf}}</a></p>{{/if}}{{/if}}
{{#if tracking}}<p>{{t.tracking}}</p>{{/if}}
{{#if deliveryCode}}<p>{{t.deliveryCode}} <strong style="font-family:monospace;font-size:20px;letter-spacing:4px">{{deliveryCode}}</strong></p>{{/if}}
<h2 style="font-size:16px">{{t.orderLabel}}</h2>
<table style="width:100%;border-collapse:collapse">{{#each lines}}<tr><td>{{name}} × {{quantity}}</td><td style="text-align:right">{{total}}</td></tr>{{/each}}
<tr><th style="text-align:left">{{t.total}}</th><th style="text-align:right">{{total}}</th></tr></table>
<p><a href="{{orderUrl}}">{{t.viewOrder}}</a></p>
<p style="color:#57534e;font-size:12px">{{t.footer}}</p>
</div>`,
  { strict: false },
);

/** Fills `{{x}}` placeholders of one message string (plain values; escaping is the caller's). */
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** One order e-mail in the shopper's language: subject, plain text and HTML with the same words. */
export function renderOrderEmail(data: OrderEmailData): RenderedEmail {
  const s = strings[data.locale];
  const values = {
    name: data.customerName,
    number: data.number,
    store: data.store.name,
    contact: data.store.contact,
    expires: data.pix?.expires ?? '',
    due: data.boleto?.due ?? '',
    carrier: data.tracking?.carrier ?? '',
    code: data.tracking?.code ?? '',
    amount: data.refund?.amount ?? '',
    reason: data.declineReason ?? '',
    days: data.returnWindowDays,
  };
  const t = {
    greeting: fill(s.greeting, values),
    body: fill(s[data.kind].body, values),
    orderLabel: fill(s.orderLabel, values),
    total: s.total,
    viewOrder: s.viewOrder,
    pix: fill(s.pix, values),
    boleto: fill(s.boleto, values),
    boletoPdf: s.boletoPdf,
    tracking: fill(s.tracking, values),
    deliveryCode: s.deliveryCode,
    footer: fill(s.footer, values),
  };
  const context = {
    t,
    pix: data.pix ?? null,
    boleto: data.boleto ?? null,
    tracking: data.tracking ?? null,
    deliveryCode: data.deliveryCode ?? null,
    lines: data.lines,
    total: data.total,
    orderUrl: data.orderUrl,
  };
  return {
    subject: fill(s[data.kind].subject, values),
    text: text(context),
    html: html(context),
  };
}
