'use client';

import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'react';
import { TONE_COLOURS, type MapMarker, type MapPolyline } from './map-types';
import { SvgMap } from './svg-map';

/** Tiles that have not loaded by then are treated as unreachable: the plain map stays. */
const TILE_TIMEOUT_MS = 6_000;

type Props = {
  markers: readonly MapMarker[];
  polylines?: readonly MapPolyline[];
  /** Accessible description of the whole map. */
  label: string;
  /** NEXT_PUBLIC_MAP_TILE_URL passed from the server; null → plain SVG map only. */
  tileUrl: string | null;
  attribution?: string;
  className?: string;
};

/**
 * Markers and route lines on a Leaflet map with configurable tiles, over a plain SVG map that is
 * shown when no tile URL is configured or tiles cannot load (offline tests, captive networks).
 */
export function RouteMap({
  markers,
  polylines = [],
  label,
  tileUrl,
  attribution,
  className,
}: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [tiles, setTiles] = useState<'off' | 'loading' | 'ready' | 'failed'>(
    tileUrl ? 'loading' : 'off',
  );

  useEffect(() => {
    if (!tileUrl || !container.current) return;
    let cancelled = false;
    let cleanup = () => {};
    void import('leaflet').then((L) => {
      if (cancelled || !container.current) return;
      const map = L.map(container.current, { attributionControl: Boolean(attribution) });
      const layer = L.tileLayer(tileUrl, { attribution, maxZoom: 19 });
      let loaded = false;
      layer.on('tileload', () => {
        loaded = true;
        setTiles('ready');
      });
      layer.on('tileerror', () => {
        if (!loaded) setTiles('failed');
      });
      const timer = setTimeout(() => !loaded && setTiles('failed'), TILE_TIMEOUT_MS);
      layer.addTo(map);
      for (const line of polylines) {
        L.polyline(line.points, { color: line.colour ?? TONE_COLOURS.stop, weight: 4 }).addTo(map);
      }
      for (const marker of markers) {
        L.circleMarker([marker.lat, marker.lng], {
          radius: 9,
          color: '#fff',
          weight: 2,
          fillColor: TONE_COLOURS[marker.tone ?? 'stop'],
          fillOpacity: 1,
        })
          .bindTooltip(marker.badge ? `${marker.badge} · ${marker.label}` : marker.label)
          .addTo(map);
      }
      const bounds = L.latLngBounds([
        ...markers.map((m) => [m.lat, m.lng] as [number, number]),
        ...polylines.flatMap((p) => p.points),
      ]);
      if (bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
      cleanup = () => {
        clearTimeout(timer);
        map.remove();
      };
    });
    return () => {
      cancelled = true;
      cleanup();
    };
  }, [tileUrl, attribution, markers, polylines]);

  const showTiles = tiles === 'loading' || tiles === 'ready';
  return (
    <div className={`relative ${className ?? 'h-80'}`} data-map-tiles={tiles}>
      {tiles !== 'ready' && <SvgMap markers={markers} polylines={polylines} label={label} />}
      {showTiles && (
        <div
          ref={container}
          role="region"
          aria-label={label}
          className={`absolute inset-0 rounded ${tiles === 'ready' ? '' : 'opacity-0'}`}
        />
      )}
    </div>
  );
}
