import { TONE_COLOURS, type MapMarker, type MapPolyline } from './map-types';

const WIDTH = 600;
const HEIGHT = 400;
const PAD = 24;

/**
 * The map without tiles: markers and lines projected onto a plain SVG (equirectangular, scaled to
 * fit). Works offline and without WebGL, so tests and flaky connections still see the routes.
 */
export function SvgMap({
  markers,
  polylines = [],
  label,
}: {
  markers: readonly MapMarker[];
  polylines?: readonly MapPolyline[];
  label: string;
}) {
  const points = [
    ...markers.map((m) => [m.lat, m.lng] as const),
    ...polylines.flatMap((p) => p.points),
  ];
  const lats = points.map((p) => p[0]);
  const lngs = points.map((p) => p[1]);
  const [minLat, maxLat] = [Math.min(...lats), Math.max(...lats)];
  const [minLng, maxLng] = [Math.min(...lngs), Math.max(...lngs)];
  // Longitude degrees shrink with latitude; keep the picture's proportions honest.
  const lngScale = Math.cos(((minLat + maxLat) / 2) * (Math.PI / 180)) || 1;
  const spanX = Math.max((maxLng - minLng) * lngScale, 1e-4);
  const spanY = Math.max(maxLat - minLat, 1e-4);
  const scale = Math.min((WIDTH - 2 * PAD) / spanX, (HEIGHT - 2 * PAD) / spanY);
  const project = (lat: number, lng: number) => ({
    x: PAD + ((lng - minLng) * lngScale * scale + (WIDTH - 2 * PAD - spanX * scale) / 2),
    y: PAD + ((maxLat - lat) * scale + (HEIGHT - 2 * PAD - spanY * scale) / 2),
  });

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
      className="h-full w-full rounded border border-gray-300 bg-slate-50"
      data-testid="svg-map"
    >
      {points.length > 0 &&
        polylines.map((line) => (
          <polyline
            key={line.id}
            fill="none"
            stroke={line.colour ?? '#1d4ed8'}
            strokeWidth={3}
            strokeLinejoin="round"
            points={line.points
              .map(([lat, lng]) => project(lat, lng))
              .map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`)
              .join(' ')}
          />
        ))}
      {points.length > 0 &&
        markers.map((marker) => {
          const { x, y } = project(marker.lat, marker.lng);
          return (
            <g key={marker.id} transform={`translate(${x.toFixed(1)} ${y.toFixed(1)})`}>
              <title>{marker.label}</title>
              <circle
                r={11}
                fill={TONE_COLOURS[marker.tone ?? 'stop']}
                stroke="#fff"
                strokeWidth={2}
              />
              {marker.badge && (
                <text textAnchor="middle" dy="0.35em" fontSize={11} fontWeight={700} fill="#fff">
                  {marker.badge}
                </text>
              )}
            </g>
          );
        })}
    </svg>
  );
}
