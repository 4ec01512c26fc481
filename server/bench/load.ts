/** A bounded closed-loop load: `concurrency` workers send requests back to back for `seconds`. */
export interface LoadResult {
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

type Send = () => Promise<boolean>;

export async function runLoad(options: { seconds: number; concurrency: number; send: Send }): Promise<LoadResult> {
  const deadline = performance.now() + options.seconds * 1000;
  return drive(options.concurrency, () => (performance.now() < deadline ? options.send : null));
}

/** Each task once, `concurrency` at a time (for work that cannot simply repeat, such as first recordings). */
export async function runTasks(options: { concurrency: number; tasks: readonly Send[] }): Promise<LoadResult> {
  let next = 0;
  return drive(options.concurrency, () => options.tasks[next++] ?? null);
}

/** Workers take requests until `take` has none left, timing each. */
async function drive(concurrency: number, take: () => Send | null): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const worker = async () => {
    for (let send = take(); send; send = take()) {
      const begin = performance.now();
      const ok = await send().catch(() => false);
      latencies.push(performance.now() - begin);
      if (!ok) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    errors,
    requestsPerSecond: latencies.length / elapsed,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
  };
}
