-- @profile: redis
-- A work queue: RPUSH jobs, LPOP them, LLEN left.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
for i = 1, 10 do redis.call("RPUSH", "jobs", "job" .. i) end
for i = 1, 3 do r[#r + 1] = redis.call("LPOP", "jobs") end
r[#r + 1] = p("LLEN", "jobs")
r[#r + 1] = p("LRANGE", "jobs", 0, 2)
return r
