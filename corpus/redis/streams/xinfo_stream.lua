-- @profile: redis
-- XINFO STREAM of a small stream, after deletes and trims.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XADD", "s", "1-1", "f", "v")
r[#r + 1] = p("XADD", "s", "2-2", "a", "1", "b", "2")
r[#r + 1] = p("XINFO", "STREAM", "s")
r[#r + 1] = p("XDEL", "s", "1-1")
r[#r + 1] = p("XINFO", "STREAM", "s")
r[#r + 1] = p("XTRIM", "s", "MAXLEN", "0")
r[#r + 1] = p("XINFO", "STREAM", "s")
r[#r + 1] = p("XINFO", "GROUPS", "s")
return r
