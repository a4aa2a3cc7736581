-- @profile: redis
-- @data: XADD s 1-1 n 1 ; XADD s 2-1 n 2 ; XADD s 3-1 n 3 ; XGROUP CREATE s g 0
-- XCLAIM errors: missing group, bad idle, unknown options.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XCLAIM", "s", "none", "c", "0", "1-1")
r[#r + 1] = p("XCLAIM", "none", "g", "c", "0", "1-1")
r[#r + 1] = p("XCLAIM", "s", "g", "c", "x", "1-1")
r[#r + 1] = p("XCLAIM", "s", "g", "c", "0", "1-1", "BOGUS")
r[#r + 1] = p("XCLAIM", "s", "g", "c", "0", "1-1", "IDLE", "x")
r[#r + 1] = p("XCLAIM", "s", "g", "c", "0", "1-1", "TIME", "x")
r[#r + 1] = p("XCLAIM", "s", "g", "c", "0", "1-1", "RETRYCOUNT", "x")
r[#r + 1] = p("XCLAIM", "s", "g", "c", "0", "1-1", "LASTID", "x")
r[#r + 1] = p("XCLAIM", "s", "g", "c", "0", "notanid")
r[#r + 1] = p("SET", "str", "v")
r[#r + 1] = p("XCLAIM", "str", "g", "c", "0", "1-1")
return r
