-- @profile: redis
-- PFMERGE of a dense and a sparse value makes a dense one.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
for i = 1, 2000 do redis.call("PFADD", "dense", "d" .. i) end
r[#r + 1] = p("PFADD", "sparse", "a", "b", "c")
r[#r + 1] = p("PFMERGE", "out", "sparse", "dense")
r[#r + 1] = p("STRLEN", "out")
r[#r + 1] = p("PFCOUNT", "out")
r[#r + 1] = p("PFCOUNT", "sparse", "dense")
r[#r + 1] = p("PFMERGE", "sparse", "sparse")
r[#r + 1] = p("STRLEN", "sparse")
r[#r + 1] = p("PFCOUNT", "sparse")
return r
