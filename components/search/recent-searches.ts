// Recent searches are personal: they stay in this browser, never in a shared cache or the server.
const KEY = 'loja:recent-searches';
const MAX = 8;

export function readRecentSearches(): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function saveRecentSearch(query: string) {
  const value = query.trim();
  if (!value) return;
  try {
    const next = [
      value,
      ...readRecentSearches().filter((q) => q.toLowerCase() !== value.toLowerCase()),
    ];
    window.localStorage.setItem(KEY, JSON.stringify(next.slice(0, MAX)));
  } catch {
    // Storage can be full or disabled (private mode): recent searches are a nicety.
  }
}
