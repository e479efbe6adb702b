-- One wrk scenario, chosen by its first argument; every request goes out as a randomly picked user.
--   get <path> [tokens]                 GET, as a random user when a tokens file is given
--   get-etag <path> <etag> <tokens>     GET with If-None-Match
--   get-id <prefix> <ids> [tokens]      GET prefix .. a random line of the ids file
--   post-log <path> <tokens> <body>     POST a body whose every "$ID" is replaced by a fresh UUIDv7 (one log, or a sync batch)
--   post-login <path> <emails> <pw>     POST credentials of a random user
--   post-raw <path> <tokens> <file> <content-type>   POST a file's bytes as they are (a multipart photo upload)
-- A last argument "allow=409,429" lists the answers of 400 and above that soak.lua does not count as unexpected; without
-- soak.lua that count is wrk's own count of non-2xx/3xx answers.
-- At the end it prints one JSON line with the counts and latency percentiles the report needs.
local mode, path, tokens, ids, emails, body, etag, password, contentType = nil, nil, {}, {}, {}, nil, nil, nil, nil
local counter = 0
local threads = {}
allowed = {}      -- per thread, from the "allow=" argument
unexpected = nil  -- per thread, counted by soak.lua's response(); read by done() through thread:get

function setup(thread)
  threads[#threads + 1] = thread
end

local function lines(file)
  local out = {}
  for line in io.lines(file) do out[#out + 1] = line end
  return out
end

function init(args)
  mode, path = args[1], args[2]
  if mode == "get" then
    if args[3] then tokens = lines(args[3]) end
  elseif mode == "get-etag" then
    etag, tokens = args[3], lines(args[4])
  elseif mode == "get-id" then
    ids = lines(args[3])
    if args[4] then tokens = lines(args[4]) end
  elseif mode == "post-log" then
    tokens, body = lines(args[3]), lines(args[4])[1]
  elseif mode == "post-login" then
    emails, password = lines(args[3]), args[4]
  elseif mode == "post-raw" then
    tokens, contentType = lines(args[3]), args[5]
    local file = assert(io.open(args[4], "rb"))
    body = file:read("*a")
    file:close()
  end
  for _, arg in ipairs(args) do
    local list = arg:match("^allow=(.*)$")
    if list then
      for status in list:gmatch("%d+") do allowed[tonumber(status)] = true end
      unexpected = 0
    end
  end
  math.randomseed(os.time() * 1000 + math.floor(os.clock() * 1000000))
end

local function hex(n)
  local s = ""
  for _ = 1, n do s = s .. string.format("%x", math.random(0, 15)) end
  return s
end

local function uuid7()
  counter = counter + 1
  local ms = string.format("%012x", os.time() * 1000 + (counter % 1000))
  local variant = string.format("%x", math.random(8, 11))
  return ms:sub(1, 8) .. "-" .. ms:sub(9, 12) .. "-7" .. hex(3) .. "-" .. variant .. hex(3) .. "-" .. hex(12)
end

local function auth(headers)
  if #tokens > 0 then headers["Authorization"] = "Bearer " .. tokens[math.random(#tokens)] end
  return headers
end

function request()
  if mode == "get" then
    return wrk.format("GET", path, auth({}))
  elseif mode == "get-etag" then
    return wrk.format("GET", path, auth({ ["If-None-Match"] = etag }))
  elseif mode == "get-id" then
    return wrk.format("GET", path .. ids[math.random(#ids)], auth({}))
  elseif mode == "post-log" then
    local b = body:gsub("%$ID", uuid7) -- a fresh id for each log of a sync body
    return wrk.format("POST", path, auth({ ["Content-Type"] = "application/json" }), b)
  elseif mode == "post-raw" then
    return wrk.format("POST", path, auth({ ["Content-Type"] = contentType }), body)
  else
    local b = '{"email":"' .. emails[math.random(#emails)] .. '","password":"' .. password .. '"}'
    return wrk.format("POST", path, { ["Content-Type"] = "application/json" }, b)
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local counted = e.status
  if #threads > 0 and threads[1]:get("unexpected") ~= nil then
    counted = 0
    for _, thread in ipairs(threads) do counted = counted + thread:get("unexpected") end
  end
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p50Us":%d,"p99Us":%d,"maxUs":%d,"unexpected":%d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99), latency.max, counted))
end
