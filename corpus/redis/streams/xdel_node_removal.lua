-- @profile: redis
-- XDEL of every entry of a node drops the node; XINFO shows it.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
for i = 1, 120 do redis.call("XADD", "s", i, "f", "v") end
for i = 1, 100 do redis.call("XDEL", "s", i) end
r[#r + 1] = p("XINFO", "STREAM", "s")
r[#r + 1] = p("XLEN", "s")
r[#r + 1] = p("XRANGE", "s", "-", "+", "COUNT", 2)
r[#r + 1] = p("XDEL", "s", 150)
r[#r + 1] = p("XDEL", "s", 101, 101)
return r
