/**
 * How a benchmark set turns coordinates into distances; a wrong choice shows up as a fake gap.
 * nint: TSPLIB EUC_2D (A, B, P, X). exact: unrounded Euclidean (CMT). dimacs: truncated to one
 * decimal (Solomon, as in the DIMACS VRPTW challenge).
 */
export type DistanceRounding = 'nint' | 'exact' | 'dimacs';

export function buildDistanceMatrix(
  xs: readonly number[],
  ys: readonly number[],
  rounding: DistanceRounding,
): Float64Array {
  const size = xs.length;
  const matrix = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = i + 1; j < size; j++) {
      const d = roundDistance(Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!), rounding);
      matrix[i * size + j] = d;
      matrix[j * size + i] = d;
    }
  }
  return matrix;
}

function roundDistance(d: number, rounding: DistanceRounding): number {
  if (rounding === 'nint') return Math.floor(d + 0.5);
  if (rounding === 'dimacs') return Math.floor(d * 10) / 10;
  return d;
}
