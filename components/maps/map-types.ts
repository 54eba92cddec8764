export type MapTone = 'depot' | 'stop' | 'done' | 'courier' | 'muted';

export type MapMarker = {
  id: string;
  lat: number;
  lng: number;
  /** Accessible name (and tooltip), e.g. "Stop 3 · LJ-7K3Q9X2M". */
  label: string;
  /** Short text drawn on the marker, e.g. the stop number. */
  badge?: string;
  tone?: MapTone;
};

export type MapPolyline = {
  id: string;
  /** [lat, lng] pairs in drawing order. */
  points: [number, number][];
  /** Any CSS colour; routes get distinct colours from ROUTE_COLOURS. */
  colour?: string;
};

/** Distinct, AA-contrast-on-white colours for route lines. */
export const ROUTE_COLOURS = ['#1d4ed8', '#b91c1c', '#047857', '#7c3aed', '#b45309', '#0e7490'];

export const TONE_COLOURS: Record<MapTone, string> = {
  depot: '#111827',
  stop: '#1d4ed8',
  done: '#047857',
  courier: '#b91c1c',
  muted: '#6b7280',
};
