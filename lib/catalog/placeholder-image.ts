/**
 * Deterministic SVG artwork for catalog images, so the demo store needs no network and no files:
 * /img/product/<slug>/<n>.svg?c=<hex> and /img/category/<slug>.svg[?c=<hex>].
 */
export type PlaceholderSpec = {
  kind: 'product' | 'category';
  slug: string;
  index: number;
  color: string;
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HEX = /^[0-9a-f]{6}$/i;
export const PLACEHOLDER_PALETTE = [
  '0f766e',
  '7c3aed',
  'be123c',
  '0369a1',
  'a16207',
  '15803d',
  'c2410c',
  '4338ca',
  '9d174d',
  '1d4ed8',
  '047857',
  'b91c1c',
];
const SMALL_WORDS = new Set([
  'de',
  'da',
  'do',
  'das',
  'dos',
  'e',
  'em',
  'com',
  'para',
  'a',
  'o',
  'x',
]);

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Maps the route's path segments and query to a spec; null means 404. */
export function parsePlaceholderPath(
  segments: string[],
  color: string | null,
): PlaceholderSpec | null {
  const [kind, ...rest] = segments;
  let slug: string | undefined;
  let index = 0;
  if (kind === 'product' && rest.length === 2) {
    slug = rest[0];
    const file = /^(\d{1,3})\.svg$/.exec(rest[1] ?? '');
    if (!file) return null;
    index = Number(file[1]);
  } else if (kind === 'category' && rest.length === 1) {
    slug = /^(.+)\.svg$/.exec(rest[0] ?? '')?.[1];
  } else {
    return null;
  }
  if (!slug || slug.length > 160 || !SLUG.test(slug)) return null;
  if (color !== null && !HEX.test(color)) return null;
  const fallback = PLACEHOLDER_PALETTE[hash(slug) % PLACEHOLDER_PALETTE.length]!;
  return { kind, slug, index, color: (color ?? fallback).toLowerCase() };
}

/** "tenis-de-corrida-ultraleve-x12" → "TC". */
export function initialsOf(slug: string): string {
  const words = slug.split('-').filter((w) => !SMALL_WORDS.has(w) && !/^x?\d+$/.test(w));
  return (
    words
      .slice(0, 2)
      .map((w) => w[0]!.toUpperCase())
      .join('') || 'L'
  );
}

function shade(hex: string, amount: number): string {
  const channels = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const mixed = channels.map((c) =>
    Math.round(amount >= 0 ? c + (255 - c) * amount : c * (1 + amount)),
  );
  return mixed.map((c) => c.toString(16).padStart(2, '0')).join('');
}

function isLight(hex: string): boolean {
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.6;
}

export function renderPlaceholderSvg({ kind, slug, index, color }: PlaceholderSpec): string {
  const seed = hash(`${slug}:${index}`);
  const size = kind === 'product' ? 800 : 600;
  const ink = isLight(color) ? '1f2937' : 'ffffff';
  const detail = index % 2 === 1;
  const cx = 120 + (seed % 560);
  const cy = 100 + ((seed >>> 8) % 560);
  const r = 160 + ((seed >>> 16) % 200);
  const angle = (seed >>> 4) % 360;
  const label = initialsOf(slug);
  const fontSize = detail ? size * 0.5 : size * 0.3;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" role="img">
<defs><linearGradient id="g" gradientTransform="rotate(${angle} .5 .5)"><stop offset="0" stop-color="#${shade(color, 0.35)}"/><stop offset="1" stop-color="#${shade(color, -0.35)}"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/>
<circle cx="${cx}" cy="${cy}" r="${r}" fill="#ffffff" fill-opacity="0.12"/>
<circle cx="${size - cx / 2}" cy="${size - cy / 3}" r="${r / 2}" fill="#000000" fill-opacity="0.08"/>
<rect x="${size * 0.1}" y="${size * 0.1}" width="${size * 0.8}" height="${size * 0.8}" rx="${size * 0.08}" fill="none" stroke="#${ink}" stroke-opacity="0.25" stroke-width="4"/>
<text x="50%" y="50%" dominant-baseline="central" text-anchor="middle" font-family="system-ui, sans-serif" font-weight="700" font-size="${fontSize}" fill="#${ink}" fill-opacity="${detail ? 0.35 : 0.92}" letter-spacing="4">${label}</text>
</svg>`;
}
