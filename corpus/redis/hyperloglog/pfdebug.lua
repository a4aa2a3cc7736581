-- @profile: redis
-- PFDEBUG: ENCODING, DECODE of the sparse opcodes, TODENSE and GETREG (both turn the value
-- dense, which GET then shows), and Redis's errors (missing key before unknown subcommand,
-- the two WRONGTYPE texts, DECODE of a dense value).
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
redis.call("PFADD", "h", "a", "b", "c", "d", "e")
redis.call("PFADD", "g", "x")
r[#r + 1] = p("PFDEBUG", "ENCODING", "h")
r[#r + 1] = p("PFDEBUG", "decode", "h")
r[#r + 1] = p("PFDEBUG", "DECODE", "g")
local registers = redis.call("PFDEBUG", "GETREG", "h")
local set, sum = 0, 0
for i = 1, #registers do
  if registers[i] ~= 0 then
    set = set + 1
    sum = sum + registers[i]
  end
end
r[#r + 1] = #registers
r[#r + 1] = set
r[#r + 1] = sum
r[#r + 1] = p("PFDEBUG", "encoding", "h")
r[#r + 1] = p("PFDEBUG", "DECODE", "h")
r[#r + 1] = p("PFDEBUG", "TODENSE", "h")
r[#r + 1] = p("PFDEBUG", "TODENSE", "g")
r[#r + 1] = p("PFDEBUG", "ENCODING", "g")
r[#r + 1] = p("PFCOUNT", "g")
r[#r + 1] = #redis.call("GET", "g")
r[#r + 1] = p("PFDEBUG", "ENCODING", "missing")
r[#r + 1] = p("PFDEBUG", "bogus", "missing")
r[#r + 1] = p("PFDEBUG", "bogus", "h")
redis.call("SET", "s", "not an hll")
redis.call("RPUSH", "l", "x")
r[#r + 1] = p("PFDEBUG", "ENCODING", "s")
r[#r + 1] = p("PFDEBUG", "GETREG", "l")
r[#r + 1] = p("PFDEBUG", "GETREG")
return r
