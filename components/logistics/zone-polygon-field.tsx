'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ringFromText, ringToText, type LngLat } from '@/lib/logistics/zones/polygon-ring-text';
import { AdminField } from './admin-field';

// Leaflet touches `window` on import: the map renders in the browser only.
const PolygonDrawMap = dynamic(
  () => import('@/components/maps/polygon-draw-map').then((m) => m.PolygonDrawMap),
  { ssr: false, loading: () => <div className="h-72 rounded border border-stone-300" /> },
);

/**
 * The zone's polygon, drawn on a map or pasted as GeoJSON; the two stay in step. The text
 * field is what the form submits (keyboard users paste there). It holds the polygon once the
 * ring is closed, and is blank while one is being drawn; text the map cannot show (a
 * MultiPolygon, holes) leaves the map read-only until cleared.
 */
export function ZonePolygonField(props: {
  defaultValue?: string;
  error?: string;
  tileUrl: string | null;
}) {
  const t = useTranslations('adminZones');
  const [text, setText] = useState(props.defaultValue ?? '');
  const [corners, setCorners] = useState<LngLat[]>(() => ringFromText(text) ?? []);
  const [closed, setClosed] = useState(() => (ringFromText(text)?.length ?? 0) >= 3);
  const textOnly = text.trim() !== '' && ringFromText(text) === null;

  const [fitKey, setFitKey] = useState(0);

  function fromText(value: string) {
    setText(value);
    const ring = ringFromText(value);
    setCorners(ring ?? []);
    setClosed((ring?.length ?? 0) >= 3);
    if (ring?.length) setFitKey((k) => k + 1);
  }
  function update(next: LngLat[], isClosed: boolean) {
    setCorners(next);
    setClosed(isClosed);
    setText(isClosed ? ringToText(next) : '');
  }
  const buttonClass =
    'rounded-full border border-stone-500 px-3 py-1 text-sm font-semibold hover:bg-stone-100 disabled:opacity-50';

  return (
    <div className="flex flex-col gap-2 sm:col-span-2">
      <p id="zone-map-hint" className="text-sm text-stone-700">
        {t('map.hint')}
      </p>
      <PolygonDrawMap
        vertices={corners}
        closed={closed}
        tileUrl={props.tileUrl}
        fitKey={fitKey}
        label={t('map.label')}
        describedBy="zone-map-hint"
        onAdd={(p) => !closed && !textOnly && update([...corners, p], false)}
        onMove={(i, p) =>
          update(
            corners.map((c, j) => (j === i ? p : c)),
            closed,
          )
        }
        onCloseRing={() => corners.length >= 3 && update(corners, true)}
      />
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={buttonClass}
          disabled={closed || corners.length < 3}
          onClick={() => update(corners, true)}
        >
          {t('map.close')}
        </button>
        <button
          type="button"
          className={buttonClass}
          disabled={corners.length === 0}
          onClick={() => (closed ? update(corners, false) : update(corners.slice(0, -1), false))}
        >
          {t('map.undo')}
        </button>
        <button
          type="button"
          className={buttonClass}
          disabled={corners.length === 0 && text === ''}
          onClick={() => fromText('')}
        >
          {t('map.clear')}
        </button>
        <p role="status" aria-live="polite" className="text-sm text-stone-700">
          {textOnly
            ? t('map.textOnly')
            : closed
              ? t('map.closed', { count: corners.length })
              : t('map.drawing', { count: corners.length })}
        </p>
      </div>
      <AdminField
        multiline
        name="polygon"
        rows={4}
        label={t('fields.polygon')}
        hint={t('fields.polygonHint')}
        value={text}
        onChange={(e) => fromText(e.target.value)}
        error={props.error}
        className="font-mono"
      />
    </div>
  );
}
