import type { MetadataRoute } from 'next';

/**
 * The installable app is the courier's (mobile, on the road); the storefront is a website. Scope
 * and start URL keep the installed app on /courier.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Loja Entregas',
    short_name: 'Entregas',
    description: 'Rota do dia, paradas e comprovante de entrega para entregadores da Loja.',
    id: '/courier',
    start_url: '/courier',
    scope: '/courier',
    display: 'standalone',
    orientation: 'portrait',
    background_color: '#ffffff',
    theme_color: '#065f46',
    lang: 'pt-BR',
    icons: [
      { src: '/courier/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      {
        src: '/courier/icon-maskable.svg',
        sizes: 'any',
        type: 'image/svg+xml',
        purpose: 'maskable',
      },
    ],
  };
}
