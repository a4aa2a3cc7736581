local a = 1
local function f() return a end
local function g() a = 2 end
local function h()
  local b = 3
  return function() return a + b end
end
for i = 1, 3 do
  local c = i
  t[i] = function() return c end
end
do
  local d = 4
  f = function() return d end
end
while x do
  local e = 5
  f = function() return e end
  if e then break end
end
repeat
  local r = 1
  f = function() return r end
until r
