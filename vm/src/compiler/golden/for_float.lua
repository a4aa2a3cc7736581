for i = 0.5, 2.5, 0.5 do print(i) end
for i = -1, -10, -2 do print(i) end
for i = 1, 0 do end
for i = x, y, z do local j = i * 2 end
