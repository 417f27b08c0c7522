/** Lower-cased word tokens: letters and digits, split on everything else (so "juta.Pengalaman" is two tokens). */
export function tokenize(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Token-level F1 of a candidate against a reference, as bags of tokens (order ignored, counts kept). */
export function tokenF1(candidate: string, reference: string): { precision: number; recall: number; f1: number } {
  const cand = tokenize(candidate);
  const ref = tokenize(reference);
  if (cand.length === 0 || ref.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const counts = new Map<string, number>();
  for (const t of ref) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of cand) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(t, n - 1);
    }
  }
  const precision = overlap / cand.length;
  const recall = overlap / ref.length;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
