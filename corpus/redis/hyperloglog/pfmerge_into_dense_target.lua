-- @profile: redis
-- PFMERGE of sparse sources into a dense target keeps it dense.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
for i = 1, 2500 do redis.call("PFADD", "dense", i) end
r[#r + 1] = p("PFADD", "s1", "a")
r[#r + 1] = p("PFMERGE", "dense", "s1")
r[#r + 1] = p("STRLEN", "dense")
r[#r + 1] = p("PFCOUNT", "dense")
return r
