import type { OrderTracking } from '@/lib/tracking/get-order-tracking';

export type TrackingState = OrderTracking;
export type PositionEvent = { lat: number; lng: number; at: string };
export type EtaEvent = { stopNumber: number; stopsBefore: number; from: string; to: string };

const MAX_TRAIL = 300;

/** Applies one live event to the page state; unknown or stale events leave it unchanged. */
export function applyPosition(state: TrackingState, p: PositionEvent): TrackingState {
  if (state.position && state.position.at >= p.at) return state;
  return {
    ...state,
    position: p,
    trail: [...state.trail, { lat: p.lat, lng: p.lng }].slice(-MAX_TRAIL),
  };
}

export function applyEta(state: TrackingState, e: EtaEvent): TrackingState {
  return {
    ...state,
    eta: { from: e.from, to: e.to },
    stop: { status: state.stop?.status ?? 'pending', number: e.stopNumber, before: e.stopsBefore },
  };
}
