'use client';

import 'leaflet/dist/leaflet.css';
import type * as Leaflet from 'leaflet';
import { useEffect, useRef } from 'react';
import type { LngLat } from '@/lib/logistics/zones/polygon-ring-text';
import { TONE_COLOURS } from './map-types';

/** Where a blank map opens: São Paulo, at city zoom. */
const DEFAULT_VIEW: { center: [number, number]; zoom: number } = {
  center: [-23.55, -46.63],
  zoom: 11,
};
const round = (n: number) => Math.round(n * 1e6) / 1e6;

type Props = {
  vertices: readonly LngLat[];
  closed: boolean;
  /** A click on the map (ignored by the caller once the ring is closed). */
  onAdd: (point: LngLat) => void;
  onMove: (index: number, point: LngLat) => void;
  /** A click on the first corner closes the ring. */
  onCloseRing: () => void;
  /** NEXT_PUBLIC_MAP_TILE_URL; without it (or offline) the map is blank but still takes clicks. */
  tileUrl: string | null;
  /** Changes when the corners came from elsewhere (pasted text): the view moves to them. */
  fitKey?: number;
  label: string;
  /** Id of the text explaining how to draw. */
  describedBy?: string;
  className?: string;
};

/**
 * A Leaflet map to draw one polygon ring: clicks add corners, corners drag, the first corner
 * closes the ring, which is then shown filled. Unlike RouteMap it needs no tiles: drawing works
 * on a blank map (offline tests, captive networks); tiles are only a backdrop.
 */
export function PolygonDrawMap(props: Props) {
  const container = useRef<HTMLDivElement>(null);
  const leaflet = useRef<{ L: typeof Leaflet; map: Leaflet.Map; layer: Leaflet.LayerGroup }>(null);
  // Handlers change every render; the map's listeners read the latest through this ref,
  // refreshed before the effects below run.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const { tileUrl, vertices, closed } = props;

  useEffect(() => {
    if (!container.current) return;
    let cancelled = false;
    let cleanup = () => {};
    void import('leaflet').then((L) => {
      if (cancelled || !container.current) return;
      const map = L.map(container.current, { attributionControl: false });
      if (tileUrl) L.tileLayer(tileUrl, { maxZoom: 19 }).addTo(map);
      const start = latest.current.vertices;
      if (start.length > 0) {
        map.fitBounds(L.latLngBounds(start.map(([lng, lat]) => [lat, lng])), {
          padding: [24, 24],
          maxZoom: 16,
        });
      } else map.setView(DEFAULT_VIEW.center, DEFAULT_VIEW.zoom);
      map.on('click', (e: Leaflet.LeafletMouseEvent) =>
        latest.current.onAdd([round(e.latlng.lng), round(e.latlng.lat)]),
      );
      leaflet.current = { L, map, layer: L.layerGroup().addTo(map) };
      draw();
      cleanup = () => {
        leaflet.current = null;
        map.remove();
      };
    });
    return () => {
      cancelled = true;
      cleanup();
    };
    // draw reads refs only; the map is rebuilt only when the tile source changes.
  }, [tileUrl]);

  function draw() {
    const current = leaflet.current;
    if (!current) return;
    const { L, layer } = current;
    const { vertices: pts, closed: isClosed } = latest.current;
    layer.clearLayers();
    const latLngs = pts.map(([lng, lat]) => L.latLng(lat, lng));
    const colour = TONE_COLOURS.stop;
    const shape = isClosed
      ? L.polygon(latLngs, { color: colour, weight: 3, fillOpacity: 0.3 })
      : L.polyline(latLngs, { color: colour, weight: 3, dashArray: '6 6' });
    shape.addTo(layer);
    latLngs.forEach((point, index) => {
      const marker = L.marker(point, {
        draggable: true,
        keyboard: false,
        icon: L.divIcon({
          className: `rounded-full border-2 border-white shadow ${index === 0 ? 'bg-amber-600' : 'bg-emerald-800'}`,
          iconSize: [14, 14],
        }),
      });
      marker.on('drag', () => {
        const moved = [...latLngs];
        moved[index] = marker.getLatLng();
        shape.setLatLngs(moved);
      });
      marker.on('dragend', () => {
        const { lat, lng } = marker.getLatLng();
        latest.current.onMove(index, [round(lng), round(lat)]);
      });
      if (index === 0) marker.on('click', () => latest.current.onCloseRing());
      marker.addTo(layer);
    });
  }

  useEffect(draw, [vertices, closed]);

  useEffect(() => {
    const current = leaflet.current;
    const pts = latest.current.vertices;
    if (!current || !props.fitKey || pts.length === 0) return;
    const bounds = current.L.latLngBounds(pts.map(([lng, lat]) => [lat, lng]));
    current.map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
  }, [props.fitKey]);

  return (
    <div
      ref={container}
      role="region"
      aria-label={props.label}
      aria-describedby={props.describedBy}
      data-testid="zone-map"
      data-vertices={vertices.length}
      data-closed={closed}
      className={`rounded border border-stone-300 bg-stone-100 ${props.className ?? 'h-72'}`}
    />
  );
}
