-- @profile: redis
-- @budget: 200000
-- A script that never ends: stopped by the time limit (Redis: SCRIPT KILL).
local n = 0
while true do n = n + 1 end
