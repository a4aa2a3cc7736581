-- @profile: redis
-- Entries near 4 KB close listpack nodes early; ~ trims follow.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
for i = 1, 30 do redis.call("XADD", "s", i, "payload", string.rep("p", 1000)) end
r[#r + 1] = p("XINFO", "STREAM", "s")
r[#r + 1] = p("XTRIM", "s", "MAXLEN", "~", 10)
r[#r + 1] = p("XLEN", "s")
r[#r + 1] = p("XRANGE", "s", "-", "+", "COUNT", 1)
return r
