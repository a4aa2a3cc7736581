-- @profile: redis
-- Unique visitors counted with a HyperLogLog per day, then merged.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
for i = 1, 40 do redis.call("PFADD", "day1", "ip" .. (i % 25)) end
for i = 1, 40 do redis.call("PFADD", "day2", "ip" .. (i % 30 + 10)) end
r[#r + 1] = p("PFCOUNT", "day1")
r[#r + 1] = p("PFCOUNT", "day2")
r[#r + 1] = p("PFCOUNT", "day1", "day2")
r[#r + 1] = p("PFMERGE", "week", "day1", "day2")
r[#r + 1] = p("PFCOUNT", "week")
return r
