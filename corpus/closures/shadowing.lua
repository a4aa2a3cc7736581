-- Local declarations shadow outer ones; closures bind to the variable in scope.
local x = "outer"
local function show() return x end
do
  local x = "inner"
  print(x, show())
  local function show_inner() return x end
  x = "inner changed"
  print(show_inner())
end
print(x)
local y = 1
local y = y + 1
print(y)
local function param_shadow(x) x = x .. "!" return x end
print(param_shadow("arg"), x)
for x = 1, 2 do print("loop", x) end
print(x)
local a = 1
local f = function() return a end
local a = 2
print(f(), a)
local self_ref = function() return type(self_ref) end
print(self_ref())
local function proper() return type(proper) end
print(proper())
return x
