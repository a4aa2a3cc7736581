-- @profile: redis
-- XINFO errors: missing keys, other types, bad subcommands.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XINFO", "STREAM", "none")
r[#r + 1] = p("SET", "str", "x")
r[#r + 1] = p("XINFO", "STREAM", "str")
r[#r + 1] = p("XADD", "s", "1", "f", "v")
r[#r + 1] = p("XINFO", "STREAM", "s", "extra")
r[#r + 1] = p("XINFO", "STREAM", "s", "FULL", "COUNT")
r[#r + 1] = p("XINFO", "GROUPS", "s", "extra")
r[#r + 1] = p("XINFO", "CONSUMERS", "s", "g")
r[#r + 1] = p("XINFO", "NOSUCH", "s")
r[#r + 1] = p("XINFO", "STREAM")
r[#r + 1] = p("XINFO")
return r
