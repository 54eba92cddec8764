import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { RegisterServiceWorker } from '@/components/courier/register-service-worker';

export const metadata: Metadata = {
  robots: { index: false, follow: false },
  appleWebApp: { capable: true, title: 'Loja Entregas', statusBarStyle: 'default' },
};

export const viewport: Viewport = { themeColor: '#065f46' };

/** The courier app (installable PWA scoped to /courier): its pages register the service worker. */
export default function CourierLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-xl px-3 py-4">
      <RegisterServiceWorker />
      {children}
    </div>
  );
}
