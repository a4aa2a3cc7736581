-- @profile: redis
-- The global table's metatable cannot be replaced.
local ok, message = pcall(setmetatable, _G, nil)
return {tostring(ok), message}
