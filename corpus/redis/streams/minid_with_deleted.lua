-- @profile: redis
-- MINID trimming counts deleted entries by their ids.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
for i = 1, 10 do redis.call("XADD", "s", i, "f", "v") end
r[#r + 1] = p("XDEL", "s", 2, 3)
r[#r + 1] = p("XTRIM", "s", "MINID", 5)
r[#r + 1] = p("XRANGE", "s", "-", "+")
r[#r + 1] = p("XINFO", "STREAM", "s")
r[#r + 1] = p("XTRIM", "s", "MINID", "~", 100)
r[#r + 1] = p("XLEN", "s")
return r
