-- wrk: each request opens the trace page of a random one of the 100,000 seeded batches.
math.randomseed(os.time())
request = function()
  return wrk.format("GET", string.format("/01/02900001000017/10/B%06d", math.random(1, 100000)))
end
