-- @profile: redis
-- Keys and values with zero bytes and high bytes.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SET", "k\0ey", "v\0\255")
r[#r + 1] = p("GET", "k\0ey")
r[#r + 1] = p("STRLEN", "k\0ey")
r[#r + 1] = p("HSET", "h\255", "f\0", "\1")
r[#r + 1] = p("HGETALL", "h\255")
r[#r + 1] = p("RPUSH", "\0", "\0")
r[#r + 1] = p("LRANGE", "\0", 0, -1)
r[#r + 1] = p("EXISTS", "k\0ey", "k")
return r
