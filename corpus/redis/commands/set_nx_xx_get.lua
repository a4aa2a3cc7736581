-- @profile: redis
-- SET NX/XX with GET: the old value or nil, and what is stored.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SET", "k", "v1", "NX")
r[#r + 1] = p("SET", "k", "v2", "NX")
r[#r + 1] = p("SET", "k", "v3", "XX", "GET")
r[#r + 1] = p("SET", "none", "v", "XX", "GET")
r[#r + 1] = p("SET", "k", "v4", "NX", "GET")
r[#r + 1] = p("GET", "k")
r[#r + 1] = p("EXISTS", "none")
return r
