-- @profile: redis
-- The functions Redis removes are absent; the ones it keeps are there.
local names = {"print", "os", "io", "require", "dofile", "loadfile", "debug", "setfenv",
  "getfenv", "module", "newproxy", "load", "loadstring", "coroutine", "gcinfo",
  "collectgarbage", "unpack", "pcall", "xpcall", "rawset", "select", "_VERSION"}
local found = {}
for i, name in ipairs(names) do found[i] = name .. "=" .. type(rawget(_G, name)) end
return found
