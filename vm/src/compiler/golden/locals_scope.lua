local a = 1
do
  local a = 2
  local b = a
end
local c
if a then
  local d = 1
else
  local e = 2
end
local f, g, h = 1
local i, j = 1, 2, 3
local k, l = f()
