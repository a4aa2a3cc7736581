x = y
local u = 1
function f()
  u = u + 1
  x = u
  return function() u = x end
end
