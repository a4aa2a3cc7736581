-- @profile: redis
-- XREAD skips deleted entries and answers nil when nothing is newer.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XADD", "s", "1", "f", "1")
r[#r + 1] = p("XADD", "s", "2", "f", "2")
r[#r + 1] = p("XADD", "s", "3", "f", "3")
r[#r + 1] = p("XDEL", "s", "3")
r[#r + 1] = p("XREAD", "STREAMS", "s", "2")
r[#r + 1] = p("XREAD", "STREAMS", "s", "1")
r[#r + 1] = p("XDEL", "s", "2")
r[#r + 1] = p("XREAD", "STREAMS", "s", "0")
r[#r + 1] = p("XREAD", "STREAMS", "s", "$")
return r
