-- @profile: redis
-- A rate-limit style script: INCR with EXPIRE on first use.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
for i = 1, 5 do local n = redis.call("INCR", "hits") if n == 1 then redis.call("EXPIRE", "hits", 60) end r[#r + 1] = n end
r[#r + 1] = p("TTL", "hits")
return r
