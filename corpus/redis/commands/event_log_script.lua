-- @profile: redis
-- An event log in a stream, read back page by page.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
for i = 1, 12 do redis.call("XADD", "events", i, "type", i % 2 == 0 and "even" or "odd", "n", i) end
local page = redis.call("XRANGE", "events", "-", "+", "COUNT", 5)
r[#r + 1] = page
local last = page[#page][1]
r[#r + 1] = p("XRANGE", "events", "(" .. last, "+", "COUNT", 5)
r[#r + 1] = p("XREVRANGE", "events", "+", "-", "COUNT", 2)
r[#r + 1] = p("XREAD", "COUNT", 2, "STREAMS", "events", last)
return r
