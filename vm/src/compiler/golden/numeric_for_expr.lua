for i = f(), g(), h() do end
for i = 1, #t do t[i] = i * 2 end
for i = a.b, a.c do local x = i end
