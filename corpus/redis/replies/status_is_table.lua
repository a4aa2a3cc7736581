-- @profile: redis
-- A status reply is a table with an ok field.
local reply = redis.call("PING")
local names = {}
for k, v in pairs(reply) do names[#names + 1] = k .. "=" .. v end
return names
