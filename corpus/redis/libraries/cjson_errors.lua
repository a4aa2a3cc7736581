-- @profile: redis
-- @engines: ferrous,redis
-- cjson's errors on bad input.
local ok, message = pcall(cjson.decode, "{bad json")
local ok2, message2 = pcall(cjson.encode, function() end)
return {tostring(ok), message, tostring(ok2), message2}
