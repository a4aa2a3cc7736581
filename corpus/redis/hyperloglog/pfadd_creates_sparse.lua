-- @profile: redis
-- PFADD creates a sparse HyperLogLog; GET shows Redis's exact bytes.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("PFADD", "h", "a")
r[#r + 1] = p("GET", "h")
r[#r + 1] = p("PFADD", "h", "a")
r[#r + 1] = p("GET", "h")
r[#r + 1] = p("PFADD", "empty")
r[#r + 1] = p("GET", "empty")
r[#r + 1] = p("PFADD", "empty")
return r
