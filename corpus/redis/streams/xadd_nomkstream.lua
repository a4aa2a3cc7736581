-- @profile: redis
-- XADD NOMKSTREAM does not create a stream; other types are refused.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XADD", "s", "NOMKSTREAM", "1", "f", "v")
r[#r + 1] = p("EXISTS", "s")
r[#r + 1] = p("XADD", "s", "1", "f", "v")
r[#r + 1] = p("XADD", "s", "NOMKSTREAM", "2", "f", "v")
r[#r + 1] = p("XLEN", "s")
r[#r + 1] = p("SET", "str", "x")
r[#r + 1] = p("XADD", "str", "1", "f", "v")
r[#r + 1] = p("XADD", "str", "NOMKSTREAM", "1", "f", "v")
return r
