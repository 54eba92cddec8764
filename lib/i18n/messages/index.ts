import type { Locale } from '../config';
import en from './en.json';
import ptBR from './pt-BR.json';
import adminCatalog from './areas/admin-catalog.json';
import adminDashboard from './areas/admin-dashboard.json';
import adminForms from './areas/admin-forms.json';
import adminOrders from './areas/admin-orders.json';
import checkoutExtras from './areas/checkout-extras.json';
import shipping from './areas/shipping.json';
import tracking from './areas/tracking.json';
import dispatch from './areas/dispatch.json';
import vindiCard from './areas/vindi-card.json';
import carriers from './areas/carriers.json';
import courierSync from './areas/courier-sync.json';

/**
 * Each area of the app (admin, logistics, …) keeps its strings in `areas/<area>.json` as
 * `{ "en": {...}, "pt-BR": {...} }`, so areas grow without editing one shared file. Register a
 * new area file here; its top-level namespaces must not clash with another file's.
 */
type AreaMessages = Record<Locale, Record<string, unknown>>;

const AREAS: AreaMessages[] = [
  adminCatalog as AreaMessages,
  adminDashboard as AreaMessages,
  adminForms as AreaMessages,
  adminOrders as AreaMessages,
  shipping as AreaMessages,
  tracking as AreaMessages,
  checkoutExtras as AreaMessages,
  dispatch as AreaMessages,
  vindiCard as AreaMessages,
  carriers as AreaMessages,
  courierSync as AreaMessages,
];

function merge(locale: Locale, base: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const area of AREAS) {
    for (const [namespace, value] of Object.entries(area[locale])) {
      if (namespace in merged) throw new Error(`duplicate message namespace: ${namespace}`);
      merged[namespace] = value;
    }
  }
  return merged;
}

export const MESSAGES: Record<Locale, Record<string, unknown>> = {
  'pt-BR': merge('pt-BR', ptBR),
  en: merge('en', en),
};
