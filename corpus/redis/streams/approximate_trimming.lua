-- @profile: redis
-- MAXLEN ~ and MINID ~ only remove whole nodes of 100 entries.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
for i = 1, 250 do redis.call("XADD", "s", i, "f", "v") end
r[#r + 1] = p("XTRIM", "s", "MAXLEN", "~", 200)
r[#r + 1] = p("XLEN", "s")
r[#r + 1] = p("XTRIM", "s", "MAXLEN", "~", 120)
r[#r + 1] = p("XLEN", "s")
r[#r + 1] = p("XRANGE", "s", "-", "+", "COUNT", 1)
r[#r + 1] = p("XTRIM", "s", "MINID", "~", 240)
r[#r + 1] = p("XLEN", "s")
r[#r + 1] = p("XADD", "s", "MAXLEN", "~", 10, 300, "f", "v")
r[#r + 1] = p("XLEN", "s")
r[#r + 1] = p("XTRIM", "s", "MAXLEN", 10)
r[#r + 1] = p("XLEN", "s")
r[#r + 1] = p("XRANGE", "s", "-", "+", "COUNT", 1)
return r
