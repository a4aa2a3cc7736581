-- @profile: redis
-- PFADD replies 0 when no register changes, 1 otherwise.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
for i = 1, 20 do r[#r + 1] = redis.call("PFADD", "h", "x" .. (i % 5)) end
return r
