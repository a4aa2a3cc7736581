-- @profile: redis
-- Elements landing in nearby registers: sparse VAL runs merge and split.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
for i = 1, 60 do redis.call("PFADD", "h", "k" .. i) end
r[#r + 1] = p("GET", "h")
r[#r + 1] = p("PFCOUNT", "h")
return r
