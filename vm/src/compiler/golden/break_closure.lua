while true do
  local x = 1
  local f = function() return x end
  do
    local y
    break
  end
end
for i = 1, 2 do
  local z
  g = function() return z end
  break
end
