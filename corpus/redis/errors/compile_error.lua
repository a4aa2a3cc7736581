-- @profile: redis
-- A script that does not compile.
local x = = 1
