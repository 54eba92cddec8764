/** Google Maps directions to the stop (opens the maps app on phones); by address when not geocoded. */
export function navigationUrl(stop: {
  lat: number | null;
  lng: number | null;
  addressLine: string;
  cep: string;
}) {
  const destination =
    stop.lat !== null && stop.lng !== null
      ? `${stop.lat},${stop.lng}`
      : `${stop.addressLine} ${stop.cep}`;
  return `https://www.google.com/maps/dir/?api=1&travelmode=driving&destination=${encodeURIComponent(destination)}`;
}
