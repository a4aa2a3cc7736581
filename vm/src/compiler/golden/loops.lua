for i = 1, 10 do print(i) end
for i = 10, 1, -1 do print(i) end
for k, v in pairs(t) do print(k, v) end
for a, b, c in f() do end
while true do break end
repeat local x = 1 until x
repeat until false
for i = 1, 3 do
  if i == 2 then break end
end
while x do
  local y = x
  x = y.next
end
