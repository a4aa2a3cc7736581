-- @profile: redis
-- redis.setresp takes 2 or 3.
local a, b = pcall(redis.setresp, 4)
local c, d = pcall(redis.setresp)
return {tostring(a), b, tostring(c), d, select("#", redis.setresp(2))}
