-- @profile: redis
-- LIMIT caps approximate trimming; without ~ it is an error.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
for i = 1, 350 do redis.call("XADD", "s", i, "f", "v") end
r[#r + 1] = p("XTRIM", "s", "MAXLEN", "~", 0, "LIMIT", 150)
r[#r + 1] = p("XLEN", "s")
r[#r + 1] = p("XTRIM", "s", "MAXLEN", "~", 0, "LIMIT", 0)
r[#r + 1] = p("XLEN", "s")
r[#r + 1] = p("XTRIM", "s", "MAXLEN", 0, "LIMIT", 10)
r[#r + 1] = p("XTRIM", "s", "LIMIT", 10)
r[#r + 1] = p("XTRIM", "s", "MAXLEN", "~", 0, "LIMIT", -1)
r[#r + 1] = p("XTRIM", "s", "MAXLEN", "~", 0, "LIMIT", "x")
r[#r + 1] = p("XADD", "s", "LIMIT", 5, 1000, "f", "v")
return r
