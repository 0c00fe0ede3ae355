-- wrk: each request opens the trace page of a random one of the BENCH_BATCHES (default 100,000) seeded batches, as a phone
-- does (gzip accepted, no cookie, no ETag: a first scan of that label on that phone).
math.randomseed(os.time())
local batches = tonumber(os.getenv("BENCH_BATCHES") or "100000")
request = function()
  return wrk.format("GET", string.format("/01/02900001000017/10/B%06d", math.random(1, batches)),
    { ["Accept-Encoding"] = "gzip" })
end
