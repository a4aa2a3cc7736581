local function f(x)
  if x then return 1 end
  do return 2 end
end
local function g(...)
  local a = ...
  if a then return ... end
  return select(2, ...)
end
local function h()
  for i = 1, 10 do
    if i > 5 then return i end
  end
  while true do return end
end
