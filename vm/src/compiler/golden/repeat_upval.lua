local i = 0
repeat
  local j = i
  f = function() return j end
  i = i + 1
until j > 3
