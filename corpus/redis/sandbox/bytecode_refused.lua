-- @profile: redis
-- Loading bytecode is refused: the binary chunk is read as text.
local dumped = string.dump(function() return 1 end)
local f, message = loadstring(dumped)
return {tostring(f), message}
