-- @profile: redis
-- Locals and functions stored in locals work as usual.
local counter = 0
local function bump(n) counter = counter + n; return counter end
bump(2); bump(3)
return counter
