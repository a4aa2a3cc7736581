-- @profile: redis
-- PFCOUNT estimates of growing sets, as Redis 7's estimator computes them.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
local counts = {}
for i = 1, 5000 do redis.call("PFADD", "h", "user-" .. i) if i % 250 == 0 then counts[#counts + 1] = redis.call("PFCOUNT", "h") end end
r[#r + 1] = counts
r[#r + 1] = p("GETRANGE", "h", 0, 3)
return r
