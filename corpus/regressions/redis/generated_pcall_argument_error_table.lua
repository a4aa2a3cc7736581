-- @profile: redis
-- Found by `run --generated N --profile redis`; real redis-server agrees with the Ferrous VM.
local reply = redis.pcall("GET", {})
local fields = {}
for key in pairs(reply) do fields[#fields + 1] = key end
table.sort(fields)
return fields
