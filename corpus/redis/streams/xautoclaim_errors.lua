-- @profile: redis
-- @data: XADD s 1-1 n 1 ; XADD s 2-1 n 2 ; XADD s 3-1 n 3 ; XGROUP CREATE s g 0
-- XAUTOCLAIM errors: COUNT, start ids, missing groups.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XAUTOCLAIM", "s", "g", "c", "0", "0", "COUNT", "0")
r[#r + 1] = p("XAUTOCLAIM", "s", "g", "c", "0", "0", "COUNT", "x")
r[#r + 1] = p("XAUTOCLAIM", "s", "g", "c", "0", "0", "COUNT", "4611686018427387904")
r[#r + 1] = p("XAUTOCLAIM", "s", "g", "c", "x", "0")
r[#r + 1] = p("XAUTOCLAIM", "s", "g", "c", "0", "x")
r[#r + 1] = p("XAUTOCLAIM", "s", "g", "c", "0", "0", "FOO")
r[#r + 1] = p("XAUTOCLAIM", "s", "none", "c", "0", "0")
r[#r + 1] = p("XAUTOCLAIM", "none", "g", "c", "0", "0")
r[#r + 1] = p("XAUTOCLAIM", "s", "g", "c", "0", "(18446744073709551615-18446744073709551615")
return r
