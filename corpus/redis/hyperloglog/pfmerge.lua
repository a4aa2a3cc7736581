-- @profile: redis
-- PFMERGE merges into the target (itself included) and creates it when absent.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("PFADD", "a", "1", "2", "3")
r[#r + 1] = p("PFADD", "b", "3", "4", "5")
r[#r + 1] = p("PFMERGE", "c", "a", "b")
r[#r + 1] = p("PFCOUNT", "c")
r[#r + 1] = p("GET", "c")
r[#r + 1] = p("PFMERGE", "a", "b")
r[#r + 1] = p("PFCOUNT", "a")
r[#r + 1] = p("PFMERGE", "fresh")
r[#r + 1] = p("GET", "fresh")
r[#r + 1] = p("PFMERGE", "d", "none")
r[#r + 1] = p("EXISTS", "d")
return r
