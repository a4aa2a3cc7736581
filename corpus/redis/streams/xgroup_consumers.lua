-- @profile: redis
-- @data: XADD s 1-1 n 1 ; XADD s 2-1 n 2 ; XADD s 3-1 n 3
-- XGROUP CREATECONSUMER and DELCONSUMER, and what XINFO CONSUMERS counts.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XGROUP", "CREATE", "s", "g", "0")
r[#r + 1] = p("XGROUP", "CREATECONSUMER", "s", "g", "alice")
r[#r + 1] = p("XGROUP", "CREATECONSUMER", "s", "g", "alice")
r[#r + 1] = p("XREADGROUP", "GROUP", "g", "bob", "STREAMS", "s", ">")
local rows = redis.call("XINFO", "CONSUMERS", "s", "g") for _, row in ipairs(rows) do r[#r + 1] = {row[1], row[2], row[3], row[4]} end
r[#r + 1] = p("XGROUP", "DELCONSUMER", "s", "g", "bob")
r[#r + 1] = p("XGROUP", "DELCONSUMER", "s", "g", "nobody")
r[#r + 1] = p("XPENDING", "s", "g")
r[#r + 1] = p("XGROUP", "CREATECONSUMER", "s", "none", "x")
r[#r + 1] = p("XINFO", "CONSUMERS", "s", "none")
return r
