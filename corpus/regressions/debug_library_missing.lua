-- Found by generated programs with the debug-library feature (`run --generated N --features all`):
-- the lua51 profile includes the debug library, and the Ferrous VM once lacked it, so any use of
-- it failed ("attempt to index global 'debug' (a nil value)") where reference Lua worked.
print(type(debug))
local function f() local a = 1 return debug.getlocal(1, 1) end
print(pcall(f))
