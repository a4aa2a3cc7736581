-- @profile: redis
-- XINFO STREAM is a map under RESP3.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
redis.setresp(3)
r[#r + 1] = p("XADD", "s", 1, "f", "v")
r[#r + 1] = p("XINFO", "STREAM", "s")
r[#r + 1] = p("XINFO", "GROUPS", "s")
return r
