// Summary statistics shared by the JS harnesses (Node and the page). Percentiles are
// nearest-rank (p99 = the sample at rank ceil(0.99 n)), as in bench/native/stats.hpp.
export function summarize(samples) {
  const v = Float64Array.from(samples).sort();
  const n = v.length;
  if (!n) return { n: 0, min: 0, median: 0, p99: 0, mean: 0 };
  const rank = (q) => v[Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1))];
  let sum = 0;
  for (const x of v) sum += x;
  const r3 = (x) => Math.round(x * 1000) / 1000;
  return { n, min: r3(v[0]), median: r3(rank(0.5)), p99: r3(rank(0.99)), mean: r3(sum / n) };
}

/**
 * Time named operations over items 0..count-1: one warm-up pass, then `reps` passes, each op run
 * `batch` times back to back on an item; a sample is the mean of one batch in µs (`now` in ms).
 * Returns { name: summary }.
 */
export function timeEach(ops, count, { now, reps = 5, batch = 10 }) {
  const names = Object.keys(ops);
  let sink = 0;
  for (const name of names) for (let i = 0; i < count; i++) sink += ops[name](i) ? 1 : 0;
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < reps; r++) {
    for (let i = 0; i < count; i++) {
      for (const name of names) {
        const op = ops[name];
        const t0 = now();
        for (let b = 0; b < batch; b++) sink += op(i) ? 1 : 0;
        samples[name].push(((now() - t0) * 1000) / batch);
      }
    }
  }
  globalThis.__benchSink = sink; // keep the results observable
  return Object.fromEntries(names.map((n) => [n, summarize(samples[n])]));
}
