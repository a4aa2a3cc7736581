-- @profile: redis
-- Many elements turn the sparse encoding dense at Redis's limits.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
for i = 1, 3000 do redis.call("PFADD", "big", "element:" .. i) end
r[#r + 1] = p("STRLEN", "big")
r[#r + 1] = p("PFCOUNT", "big")
r[#r + 1] = p("GETRANGE", "big", 0, 15)
for i = 1, 300 do redis.call("PFADD", "mid", i) end
r[#r + 1] = p("STRLEN", "mid")
r[#r + 1] = p("PFCOUNT", "mid")
return r
