-- @profile: redis
-- @data: XADD s 1-1 n 1 ; XADD s 2-1 n 2 ; XADD s 3-1 n 3
-- XGROUP SETID moves a group back; DESTROY removes it.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XGROUP", "CREATE", "s", "g", "$")
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "c", "STREAMS", "s", ">")
r[#r + 1] = p("XGROUP", "SETID", "s", "g", "0")
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "c", "STREAMS", "s", ">")
r[#r + 1] = p("XGROUP", "SETID", "s", "g", "-", "ENTRIESREAD", "0")
r[#r + 1] = p("XINFO", "GROUPS", "s")
r[#r + 1] = p("XGROUP", "SETID", "s", "none", "0")
r[#r + 1] = p("XGROUP", "DESTROY", "s", "g")
r[#r + 1] = p("XGROUP", "DESTROY", "s", "g")
r[#r + 1] = p("XINFO", "GROUPS", "s")
r[#r + 1] = p("XINFO", "STREAM", "s")
return r
