export interface ParsedSolution {
  /** Order indices (customer number − 1) per route. */
  routes: number[][];
  cost: number | null;
}

/** Parses a CVRPLIB `.sol`: `Route #k: c1 c2 …` with customers numbered 1..n, then `Cost v`. */
export function parseSolution(text: string): ParsedSolution {
  const routes: number[][] = [];
  let cost: number | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const route = /^Route\s*#\d+\s*:(.*)$/i.exec(line);
    if (route) {
      const stops = route[1]!.trim();
      routes.push(stops === '' ? [] : stops.split(/\s+/).map((c) => Number(c) - 1));
    }
    const total = /^Cost\s+([\d.eE+-]+)/i.exec(line);
    if (total) cost = Number(total[1]);
  }
  return { routes, cost };
}
