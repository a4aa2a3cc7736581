-- @profile: redis
-- XINFO STREAM reports the radix tree of nodes of a longer stream.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
for i = 1, 450 do redis.call("XADD", "s", i * 1000 + (i % 7), "field", "value") end
r[#r + 1] = p("XINFO", "STREAM", "s")
r[#r + 1] = p("XTRIM", "s", "MAXLEN", "~", 200)
r[#r + 1] = p("XINFO", "STREAM", "s")
for i = 1, 60 do redis.call("XADD", "t", "1-" .. i, "f", string.rep("x", 90)) end
r[#r + 1] = p("XINFO", "STREAM", "t")
return r
