-- wrk -t2: the warm-up pass opens every one of the BENCH_BATCHES (default 100,000) trace pages once (thread 0 the odd lots,
-- thread 1 the even ones), so the measured run sees the steady state of the page cache.
local next_id = 0
function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
end
local counter = 0
local batches = tonumber(os.getenv("BENCH_BATCHES") or "100000")
request = function()
  local lot = id + 1 + counter * 2
  counter = counter + 1
  if lot > batches then
    wrk.thread:stop()
    lot = 1
  end
  return wrk.format("GET", string.format("/01/02900001000017/10/B%06d", lot), { ["Accept-Encoding"] = "gzip" })
end
