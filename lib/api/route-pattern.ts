type RawParams = Record<string, string | string[] | undefined>;

/**
 * Turns /api/recommendations/tenis-azul back into /api/recommendations/[slug] so metrics are
 * labelled by route, not by every product slug (unbounded label values would blow up Prometheus).
 */
export function toRoutePattern(pathname: string, params: RawParams): string {
  const names = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') names.set(value, `[${name}]`);
    else for (const part of value ?? []) names.set(part, `[...${name}]`);
  }
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    let decoded = raw;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      // Malformed escapes stay as written.
    }
    const label = names.get(decoded) ?? raw;
    if (label.startsWith('[...') && segments.at(-1) === label) continue;
    segments.push(label);
  }
  return segments.join('/') || '/';
}
