import { scaleBand, scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';

export type ChartPoint = { day: string; value: number };

const W = 720;
const H = 220;
const M = { top: 12, right: 12, bottom: 28, left: 72 };

/**
 * A server-rendered SVG chart (d3-scale / d3-shape compute the geometry; no client JS). `kind`
 * line draws an area for money over time, bars draw counts. The same data is in a table below
 * the chart for screen readers and keyboard users.
 */
export function SalesChart({
  points,
  kind,
  label,
  formatValue,
  formatDay,
  valueHeading,
  dayHeading,
}: {
  points: ChartPoint[];
  kind: 'line' | 'bars';
  label: string;
  formatValue: (value: number) => string;
  formatDay: (day: string) => string;
  valueHeading: string;
  dayHeading: string;
}) {
  const max = Math.max(1, ...points.map((p) => p.value));
  const y = scaleLinear()
    .domain([0, max])
    .nice(4)
    .range([H - M.bottom, M.top]);
  const x = scaleBand<string>()
    .domain(points.map((p) => p.day))
    .range([M.left, W - M.right])
    .padding(kind === 'bars' ? 0.2 : 0);
  const cx = (day: string) => (x(day) ?? 0) + x.bandwidth() / 2;
  const every = Math.max(1, Math.ceil(points.length / 7));
  const path = line<ChartPoint>()
    .x((p) => cx(p.day))
    .y((p) => y(p.value))(points);
  const fill = area<ChartPoint>()
    .x((p) => cx(p.day))
    .y0(H - M.bottom)
    .y1((p) => y(p.value))(points);
  return (
    <figure className="flex flex-col gap-2">
      <figcaption className="font-semibold">{label}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={label}>
        {y.ticks(4).map((tick) => (
          <g key={tick}>
            <line x1={M.left} x2={W - M.right} y1={y(tick)} y2={y(tick)} stroke="#d6d3d1" />
            <text
              x={M.left - 6}
              y={y(tick)}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize="11"
              fill="#44403c"
            >
              {formatValue(tick)}
            </text>
          </g>
        ))}
        {points.map((p, i) =>
          i % every === 0 ? (
            <text
              key={p.day}
              x={cx(p.day)}
              y={H - 8}
              textAnchor="middle"
              fontSize="11"
              fill="#44403c"
            >
              {formatDay(p.day)}
            </text>
          ) : null,
        )}
        {kind === 'line' ? (
          <>
            <path d={fill ?? ''} fill="#065f46" fillOpacity="0.12" />
            <path d={path ?? ''} fill="none" stroke="#065f46" strokeWidth="2" />
          </>
        ) : (
          points.map((p) => (
            <rect
              key={p.day}
              x={x(p.day)}
              y={y(p.value)}
              width={x.bandwidth()}
              height={H - M.bottom - y(p.value)}
              fill="#065f46"
            />
          ))
        )}
      </svg>
      <details className="text-sm">
        <summary className="cursor-pointer text-stone-700">{valueHeading}</summary>
        <table className="mt-1 text-left">
          <thead>
            <tr>
              <th scope="col" className="pr-4">
                {dayHeading}
              </th>
              <th scope="col">{valueHeading}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.day}>
                <td className="pr-4">{formatDay(p.day)}</td>
                <td className="tabular-nums">{formatValue(p.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
