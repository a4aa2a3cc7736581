-- @profile: redis
-- SET option errors: conflicts, bad numbers, unknown words.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SET", "k", "v", "EX", "10", "PX", "100")
r[#r + 1] = p("SET", "k", "v", "NX", "XX")
r[#r + 1] = p("SET", "k", "v", "EX", "0")
r[#r + 1] = p("SET", "k", "v", "PX", "-1")
r[#r + 1] = p("SET", "k", "v", "EX", "1.5")
r[#r + 1] = p("SET", "k", "v", "EX")
r[#r + 1] = p("SET", "k", "v", "KEEPTTL", "PX", "10")
r[#r + 1] = p("SET", "k", "v", "UNKNOWN")
r[#r + 1] = p("SET", "k", "v", "ex", "9223372036854775807")
r[#r + 1] = p("EXISTS", "k")
return r
