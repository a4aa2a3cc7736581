-- @profile: redis
-- load() with a reader refuses bytecode too.
local dumped = string.dump(function() return 1 end)
local given = false
local f, message = load(function() if given then return nil end; given = true; return dumped end)
return {tostring(f), message}
