-- @profile: redis
-- A script that returns nothing replies nil.
local x = 1 + 1
