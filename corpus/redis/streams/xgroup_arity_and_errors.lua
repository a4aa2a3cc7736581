-- @profile: redis
-- @data: XADD s 1-1 n 1 ; XADD s 2-1 n 2 ; XADD s 3-1 n 3
-- XGROUP subcommand arity and key errors.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XGROUP", "CREATE", "s", "g")
r[#r + 1] = p("XGROUP", "DESTROY", "s")
r[#r + 1] = p("XGROUP", "CREATECONSUMER", "s", "g")
r[#r + 1] = p("XGROUP", "NOSUCH", "s", "g")
r[#r + 1] = p("XGROUP")
r[#r + 1] = p("XGROUP", "DESTROY", "none", "g")
r[#r + 1] = p("XGROUP", "SETID", "none", "g", "0")
r[#r + 1] = p("SET", "str", "v")
r[#r + 1] = p("XGROUP", "CREATE", "str", "g", "0")
r[#r + 1] = p("XGROUP", "CREATE", "s", "g", "0", "MKSTREAM", "ENTRIESREAD")
return r
