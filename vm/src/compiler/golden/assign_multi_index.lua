local t, u = {}, {}
t[1], t[2], t[3] = 1, 2, 3
t.a, u.b = u.b, t.a
t[u], u[t] = u, t
local i, j = 1, 2
t[i], t[j] = t[j], t[i]
i, t[i] = i + 1, 20
t[i], i = 20, i + 1
