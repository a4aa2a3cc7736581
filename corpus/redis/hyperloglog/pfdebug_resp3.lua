-- @profile: redis
-- PFDEBUG under RESP3: the encoding as a status, the decoded opcodes as a string, TODENSE's
-- integer; a value with a register above 32 is dense from the start.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
redis.setresp(3)
local r = {}
redis.call("PFADD", "h", "one", "two")
r[#r + 1] = p("PFDEBUG", "ENCODING", "h")
r[#r + 1] = p("PFDEBUG", "DECODE", "h")
r[#r + 1] = p("PFDEBUG", "TODENSE", "h")
r[#r + 1] = p("PFDEBUG", "DECODE", "h")
return r
