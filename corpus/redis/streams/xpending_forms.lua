-- @profile: redis
-- @data: XADD s 1-1 n 1 ; XADD s 2-1 n 2 ; XADD s 3-1 n 3
-- XPENDING summary and ranges by consumer, count and exclusive ends.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XGROUP", "CREATE", "s", "g", "0")
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "a", "COUNT", 2, "STREAMS", "s", ">")
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "b", "STREAMS", "s", ">")
r[#r + 1] = p("XPENDING", "s", "g")
local function pending(...) local rows = redis.call("XPENDING", ...) local out = {} for i, row in ipairs(rows) do out[i] = {row[1], row[2], row[4]} end return out end
r[#r + 1] = pending("s", "g", "-", "+", 10)
r[#r + 1] = pending("s", "g", "-", "+", 1)
r[#r + 1] = pending("s", "g", "(1-1", "+", 10, "a")
r[#r + 1] = pending("s", "g", "-", "+", 10, "nobody")
r[#r + 1] = p("XPENDING", "s", "g", "-", "+")
r[#r + 1] = p("XPENDING", "s", "g", "-", "+", "x")
r[#r + 1] = p("XPENDING", "s", "none")
r[#r + 1] = p("XPENDING", "s", "g", "IDLE", "x", "-", "+", 10)
return r
