-- wrk report hook for bench/load.sh and bench/soak.sh: one machine-readable line,
--   RESULT <requests/s> <p50 ms> <p95 ms> <p99 ms> <requests> <errors>
-- where errors counts failed connections, reads, writes, timeouts and answers other than 2xx/3xx.
-- With PATHS set (space-separated paths), each request takes the next path in turn: mixed traffic.
local paths = {}
for p in string.gmatch(os.getenv("PATHS") or "", "%S+") do
  paths[#paths + 1] = p
end
local next_path = 0

request = function()
  if #paths == 0 then
    return wrk.format(nil)
  end
  next_path = next_path % #paths + 1
  return wrk.format(nil, paths[next_path])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.connect + e.read + e.write + e.timeout + e.status))
  if e.connect + e.read + e.write + e.timeout + e.status > 0 then
    io.write(string.format("ERRORS connect %d, read %d, write %d, timeout %d, status %d\n",
      e.connect, e.read, e.write, e.timeout, e.status))
  end
end
