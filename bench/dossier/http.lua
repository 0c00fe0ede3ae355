-- wrk script for bench/dossier/http.sh. BENCH_MODE picks the workload:
--   status-api   GET /api/v1/tracking?code=&secret=   (random seeded dossier from BENCH_CODES)
--   status-page  GET /tra-cuu?code=&secret=           (the public status page, HTML)
--   inbox-api    GET /api/v1/inbox                    (officer's inbox with counts; BENCH_COOKIE)
--   inbox-page   GET /staff/ho-so                     (the inbox page, HTML)
--   submit       POST /api/v1/dossiers               (a birth registration with a JPEG attachment, each
--                request a new Idempotency-Key; BENCH_COOKIE, BENCH_CSRF, BENCH_COMMUNE)
-- done() prints requests/s and p50/p95/p99 (wrk's own summary has no p95).
local mode = os.getenv("BENCH_MODE")
local cookie = os.getenv("BENCH_COOKIE")
local codes = {}
local counter = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

function init(args)
  local file = os.getenv("BENCH_CODES")
  if file then
    for line in io.lines(file) do
      local code, secret = line:match("^([^,]+),([^,]+)$")
      if code then table.insert(codes, { code, secret }) end
    end
  end
  math.randomseed(os.time() * 1000 + (tid or 0))
  started = tostring(os.time())
end

local boundary = "----langsobench"
local jpeg = "\255\216\255\224\0\16JFIF\0\1\1\0\0\1\0\1\0\0\255\217"
local values = '{"applicantName":"Trần Thị Mai","applicantId":"036190012345","applicantPhone":"0912345678",'
  .. '"applicantResidence":"Xóm 3, Xã Bình Hòa","relationship":"Mẹ","childName":"Nguyễn Minh An",'
  .. '"childBirthDate":"2026-11-20","childSex":"Nam","childEthnicity":"Kinh","childNationality":"Việt Nam",'
  .. '"childBirthPlace":"Trạm y tế xã Bình Hòa","childHometown":"Bình Hòa","motherName":"Trần Thị Mai",'
  .. '"motherBirthYear":"1990","motherEthnicity":"Kinh","motherResidence":"Xóm 3, Xã Bình Hòa","copies":"2"}'
local body = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"values\"\r\n\r\n" .. values .. "\r\n"
  .. "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"doc_birthCertificate\"; filename=\"a.jpg\"\r\n"
  .. "Content-Type: image/jpeg\r\n\r\n" .. jpeg .. "\r\n--" .. boundary .. "--\r\n"

function request()
  if mode == "status-api" or mode == "status-page" then
    local pick = codes[math.random(#codes)]
    local path = mode == "status-api" and "/api/v1/tracking" or "/tra-cuu"
    local accept = mode == "status-api" and "application/json" or "text/html"
    return wrk.format("GET", path .. "?code=" .. pick[1] .. "&secret=" .. pick[2], { ["Accept"] = accept })
  elseif mode == "inbox-api" then
    return wrk.format("GET", "/api/v1/inbox", { ["Accept"] = "application/json", ["Cookie"] = cookie })
  elseif mode == "inbox-page" then
    return wrk.format("GET", "/staff/ho-so", { ["Accept"] = "text/html", ["Cookie"] = cookie })
  elseif mode == "submit" then
    counter = counter + 1
    return wrk.format("POST", "/api/v1/dossiers?communeId=" .. os.getenv("BENCH_COMMUNE") .. "&procedureCode=1.001193", {
      ["Accept"] = "application/json",
      ["Cookie"] = cookie,
      ["X-CSRF-TOKEN"] = os.getenv("BENCH_CSRF"),
      ["Idempotency-Key"] = "wrk-" .. started .. "-" .. tid .. "-" .. counter,
      ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
    }, body)
  end
  error("unknown BENCH_MODE " .. tostring(mode))
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT %s: %d requests in %.1f s = %.1f req/s; latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms; "
    .. "errors: %d non-2xx/3xx, %d connect, %d read, %d timeout\n", mode, summary.requests, seconds,
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, e.status, e.connect, e.read, e.timeout))
end
