for i = 1, 3 do
  local x = i
  local f = function() return x end
  if x == 2 then break end
end
for k, v in pairs(t) do
  local g = function() return k, v end
end
while true do
  local y
  do
    local z
    h = function() return y, z end
    if z then break end
  end
end
