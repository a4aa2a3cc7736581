-- @profile: redis
-- Lua numbers as arguments are formatted with %.17g.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SET", "a", 0.1)
r[#r + 1] = p("GET", "a")
r[#r + 1] = p("SET", "b", 3.0)
r[#r + 1] = p("GET", "b")
r[#r + 1] = p("SET", "c", -0.0)
r[#r + 1] = p("GET", "c")
r[#r + 1] = p("SET", "d", 1e20)
r[#r + 1] = p("GET", "d")
r[#r + 1] = p("ZADD", "z", 0.1, "m")
r[#r + 1] = p("ZSCORE", "z", "m")
return r
