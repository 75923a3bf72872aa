-- wrk report hook: the p95 that `wrk --latency` does not print, plus p50/p99, in milliseconds.
done = function(summary, latency, requests)
  io.write(string.format("  p50 %.2f ms   p95 %.2f ms   p99 %.2f ms   (%d requests, %d errors)\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
