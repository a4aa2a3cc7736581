-- @profile: redis
-- Source text still loads and runs, with the sandbox's rules.
local f = loadstring("return 1 + 2")
local g, message = loadstring("x =", "=chunk")
local ok, err = pcall(loadstring("return missing_global"))
return {f(), tostring(g), message, tostring(ok), err}
