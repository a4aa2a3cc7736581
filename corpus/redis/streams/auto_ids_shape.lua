-- @profile: redis
-- XADD * ids come from the clock: check only their form and order.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
local first = redis.call("XADD", "s", "*", "f", "v")
local second = redis.call("XADD", "s", "*", "f", "v")
r[#r + 1] = string.match(first, "^%d+%-%d+$") ~= nil
r[#r + 1] = string.match(second, "^%d+%-%d+$") ~= nil
r[#r + 1] = #redis.call("XRANGE", "s", "-", "+")
local ms = string.match(first, "^(%d+)")
r[#r + 1] = redis.call("XADD", "s", "99999999999999-*", "f", "v")
r[#r + 1] = redis.call("XADD", "s", "*", "f", "v")
r[#r + 1] = p("XADD", "s", "1-1", "f", "v")
redis.call("DEL", "s")
return r
