'use client';

import { useEffect, useState } from 'react';
import type { Suggestions } from '@/lib/search/types';

const DEBOUNCE_MS = 150;
const MIN_LENGTH = 2;

type Loaded = { q: string; data: Suggestions };

/**
 * Debounced autocomplete: each keystroke cancels the previous request, and a response is only
 * shown while it still fits what is typed (same text, or a prefix of it), so results for an
 * older query never flash over newer ones.
 */
export function useSuggestions(query: string, locale: string) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loading, setLoading] = useState(false);
  const q = query.trim();

  useEffect(() => {
    if (q.length < MIN_LENGTH) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setLoading(true);
      try {
        const params = new URLSearchParams({ q, locale });
        const response = await fetch(`/api/search/suggest?${params}`, {
          signal: controller.signal,
        });
        if (response.ok) setLoaded({ q, data: (await response.json()) as Suggestions });
      } catch {
        // Aborted by the next keystroke, or offline: the box keeps working as a plain form.
      } finally {
        if (!controller.signal.aborted) setLoading(false);
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, locale]);

  const fits =
    loaded !== null && q.length >= MIN_LENGTH && q.toLowerCase().startsWith(loaded.q.toLowerCase());
  return { suggestions: fits ? loaded.data : null, loading: loading && q.length >= MIN_LENGTH };
}
