/**
 * Carriers an admin can name on an order, with their public tracking page. The code is
 * URL-encoded into the link; an unknown carrier shows the code without a link.
 */
export const CARRIERS = {
  correios: {
    name: 'Correios',
    url: (code: string) => `https://rastreamento.correios.com.br/app/index.php?objetos=${code}`,
  },
  jadlog: {
    name: 'Jadlog',
    url: (code: string) => `https://www.jadlog.com.br/jadlog/tracking?cte=${code}`,
  },
  loggi: { name: 'Loggi', url: (code: string) => `https://www.loggi.com/rastreador/${code}` },
  'total-express': {
    name: 'Total Express',
    url: (code: string) => `https://tracking.totalexpress.com.br/poupup_track.php?reid=${code}`,
  },
  other: { name: 'Outra', url: null },
} as const;

export type CarrierId = keyof typeof CARRIERS;
export const CARRIER_IDS = Object.keys(CARRIERS) as CarrierId[];

export function isCarrierId(value: string): value is CarrierId {
  return value in CARRIERS;
}

export function carrierTrackingUrl(carrier: string, code: string): string | null {
  if (!isCarrierId(carrier)) return null;
  const build = CARRIERS[carrier].url;
  return build ? build(encodeURIComponent(code)) : null;
}
