print("hi")
print(1, 2, 3)
local t = {}
t.f(1)
t:m(2, 3)
t.a.b.c:d()
f{1, 2}
f"str"
local x = f()
local y, z = f()
g(f())
g(f(), 1)
g(1, f())
g(...)
return f(x)
