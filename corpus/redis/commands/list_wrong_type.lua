-- @profile: redis
-- List commands on a hash key.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("HSET", "h", "f", "v")
r[#r + 1] = p("LPUSH", "h", "x")
r[#r + 1] = p("RPOP", "h")
r[#r + 1] = p("LRANGE", "h", "0", "-1")
r[#r + 1] = p("LLEN", "h")
r[#r + 1] = p("LINDEX", "h", "0")
r[#r + 1] = p("LREM", "h", "0", "x")
return r
