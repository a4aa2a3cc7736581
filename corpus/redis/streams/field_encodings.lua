-- @profile: redis
-- Entries with the master fields, other fields, numbers and empty values.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XADD", "s", "1", "a", "1", "b", "2")
r[#r + 1] = p("XADD", "s", "2", "a", "3", "b", "4")
r[#r + 1] = p("XADD", "s", "3", "b", "1", "a", "2")
r[#r + 1] = p("XADD", "s", "4", "a", "1")
r[#r + 1] = p("XADD", "s", "5", "a", "", "b", "-7")
r[#r + 1] = p("XADD", "s", "6", "123", "456", "b", "99999999999")
r[#r + 1] = p("XRANGE", "s", "-", "+")
r[#r + 1] = p("XREVRANGE", "s", "+", "-", "COUNT", "3")
return r
