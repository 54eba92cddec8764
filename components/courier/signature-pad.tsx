'use client';

import { useRef, type PointerEvent } from 'react';

/**
 * A signature drawn with finger, stylus or mouse (pointer events) on a canvas. Reports a PNG data
 * URL after each stroke, or null when cleared.
 */
export function SignaturePad({
  label,
  hint,
  clearLabel,
  onChange,
}: {
  label: string;
  hint: string;
  clearLabel: string;
  onChange: (dataUrl: string | null) => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);

  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return {
      x: ((event.clientX - rect.left) / rect.width) * event.currentTarget.width,
      y: ((event.clientY - rect.top) / rect.height) * event.currentTarget.height,
    };
  };

  const start = (event: PointerEvent<HTMLCanvasElement>) => {
    const ctx = event.currentTarget.getContext('2d');
    if (!ctx) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = true;
    const { x, y } = point(event);
    ctx.lineWidth = 3;
    ctx.lineCap = 'round';
    ctx.strokeStyle = '#111827';
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 0.1, y + 0.1);
    ctx.stroke();
  };

  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const ctx = event.currentTarget.getContext('2d');
    const { x, y } = point(event);
    ctx?.lineTo(x, y);
    ctx?.stroke();
  };

  const end = () => {
    if (!drawing.current || !canvas.current) return;
    drawing.current = false;
    onChange(canvas.current.toDataURL('image/png'));
  };

  const clear = () => {
    const c = canvas.current;
    c?.getContext('2d')?.clearRect(0, 0, c.width, c.height);
    onChange(null);
  };

  return (
    <div className="flex flex-col gap-1">
      <span className="text-sm font-semibold" id="signature-label">
        {label}
      </span>
      <span className="text-xs text-stone-600" id="signature-hint">
        {hint}
      </span>
      <canvas
        ref={canvas}
        width={600}
        height={220}
        role="img"
        aria-labelledby="signature-label"
        aria-describedby="signature-hint"
        data-testid="signature-pad"
        className="w-full touch-none rounded-md border-2 border-dashed border-stone-400 bg-white"
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
        onPointerLeave={end}
      />
      <button
        type="button"
        onClick={clear}
        className="self-start text-sm text-emerald-800 underline"
      >
        {clearLabel}
      </button>
    </div>
  );
}
