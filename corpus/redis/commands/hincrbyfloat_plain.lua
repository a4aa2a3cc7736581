-- @profile: redis
-- HINCRBYFLOAT with plain decimals and its errors.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("HINCRBYFLOAT", "h", "f", "1.5")
r[#r + 1] = p("HINCRBYFLOAT", "h", "f", "2.25")
r[#r + 1] = p("HINCRBYFLOAT", "h", "f", "-10")
r[#r + 1] = p("HSET", "h", "t", "text")
r[#r + 1] = p("HINCRBYFLOAT", "h", "t", "1")
r[#r + 1] = p("HINCRBYFLOAT", "h", "f", "abc")
r[#r + 1] = p("HINCRBYFLOAT", "h", "f", "inf")
r[#r + 1] = p("HGETALL", "h")
return r
