-- @profile: redis
-- PFCOUNT over many keys with overlaps and a missing one.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
for k = 1, 6 do for i = 1, 50 do redis.call("PFADD", "h" .. k, k * 20 + i) end end
r[#r + 1] = p("PFCOUNT", "h1", "h2", "h3", "h4", "h5", "h6", "none")
r[#r + 1] = p("PFCOUNT", "h1", "h1")
r[#r + 1] = p("PFCOUNT", "h6")
return r
