-- @profile: redis
-- XRANGE COUNT larger than the stream, and huge COUNT values.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
for i = 1, 5 do redis.call("XADD", "s", i, "n", i) end
r[#r + 1] = p("XRANGE", "s", "-", "+", "COUNT", 100)
r[#r + 1] = p("XRANGE", "s", "-", "+", "COUNT", "9223372036854775807")
r[#r + 1] = p("XREVRANGE", "s", "+", "-", "COUNT", 3)
r[#r + 1] = p("XRANGE", "s", "-", "+", "COUNT", "9223372036854775808")
return r
