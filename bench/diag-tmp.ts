// quick diagnostic: gaps around the peak window
export function diag(name: string, times: number[], windowMs: number, max: number) {
  const t = [...times].sort((a, b) => a - b);
  let best = 0, bi = 0, bj = 0;
  for (let i = 0, j = 0; i < t.length; i++) {
    while (t[i] - t[j] >= windowMs) j++;
    if (i - j + 1 > best) { best = i - j + 1; bi = i; bj = j; }
  }
  const gaps = t.slice(1).map((x, k) => x - t[k]);
  const hist = new Map<number, number>();
  for (const g of gaps) { const b = Math.min(200, Math.round(g / 5) * 5); hist.set(b, (hist.get(b) ?? 0) + 1); }
  console.log(name, 'peak', best, 'window gaps', t.slice(bj, bi + 1).map((x, k, a) => k ? x - a[k - 1] : 0).join(','));
  console.log(name, 'gap histogram', [...hist].sort((a, b) => a[0] - b[0]).map(([b, c]) => `${b}:${c}`).join(' '));
}
