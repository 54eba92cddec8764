/** NDCG@k and recall@k with binary relevance, as defined in the judgement file. */
export function scoreRanking(ranked: string[], relevant: Set<string>, k = 10) {
  const top = ranked.slice(0, k);
  const dcg = top.reduce((sum, id, i) => sum + (relevant.has(id) ? 1 / Math.log2(i + 2) : 0), 0);
  const ideal = Array.from(
    { length: Math.min(k, relevant.size) },
    (_, i) => 1 / Math.log2(i + 2),
  ).reduce((a, b) => a + b, 0);
  const found = top.filter((id) => relevant.has(id)).length;
  return {
    ndcg: ideal === 0 ? 0 : dcg / ideal,
    recall: relevant.size === 0 ? 0 : found / Math.min(k, relevant.size),
  };
}
