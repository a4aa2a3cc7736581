-- @profile: redis
-- @data: XADD s 1-1 n 1 ; XADD s 2-1 n 2 ; XADD s 3-1 n 3
-- XREADGROUP errors: missing group, $, BLOCK in scripts, other types.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "c", "STREAMS", "s", ">")
r[#r + 1] = p("XGROUP", "CREATE", "s", "g", "0")
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "c", "STREAMS", "s", "$")
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "c", "BLOCK", "0", "STREAMS", "s", ">")
r[#r + 1] = p("XREADGROUP", "STREAMS", "s", ">")
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "c", "STREAMS", "s")
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "c", "STREAMS", "s", "none", ">", ">")
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "c", "STREAMS", "s", "x")
r[#r + 1] = p("SET", "str", "v")
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "c", "STREAMS", "str", ">")
return r
