-- @profile: redis
-- APPEND creates and extends strings; STRLEN counts bytes.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("APPEND", "k", "hello")
r[#r + 1] = p("APPEND", "k", " world")
r[#r + 1] = p("GET", "k")
r[#r + 1] = p("STRLEN", "k")
r[#r + 1] = p("APPEND", "n", "12")
r[#r + 1] = p("APPEND", "n", "34")
r[#r + 1] = p("INCR", "n")
r[#r + 1] = p("STRLEN", "none")
r[#r + 1] = p("RPUSH", "l", "x")
r[#r + 1] = p("APPEND", "l", "x")
r[#r + 1] = p("STRLEN", "l")
return r
