local a, b = ...
local t = {...}
print(...)
local n = select('#', ...)
local x = ...
local function f(...) local a, b = ... return ... end
local function g(...) end
