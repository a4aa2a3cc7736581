-- @profile: redis
-- MGET of many keys including other types.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
for i = 1, 20 do redis.call("SET", "k" .. i, i * i) end
redis.call("RPUSH", "k5", "x")
r[#r + 1] = p("MGET", "k1", "k2", "k3", "k4", "k6", "k20", "k21", "k5")
return r
