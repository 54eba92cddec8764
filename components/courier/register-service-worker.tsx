'use client';

import { useEffect } from 'react';

/** Registers the courier app's service worker; mounted only by /courier pages. */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register('/courier-sw.js', { scope: '/courier' }).catch(() => {
      // Without a service worker the app still works online; nothing to tell the courier.
    });
  }, []);
  return null;
}
