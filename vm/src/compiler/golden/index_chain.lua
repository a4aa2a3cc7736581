local t = a.b.c.d
t = a["b"]["c"]
t = a[1][2][3]
t = a[b][c]
a.b.c.d = 1
a[b][c] = d
a[b .. c] = d + e
