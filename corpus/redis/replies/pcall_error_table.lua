-- @profile: redis
-- redis.pcall returns the error reply as a table with err and a stats flag.
redis.call("SET", "k", "text")
local reply = redis.pcall("INCR", "k")
local fields = {}
for k, v in pairs(reply) do fields[#fields + 1] = k .. "=" .. tostring(v) end
table.sort(fields)
return fields
