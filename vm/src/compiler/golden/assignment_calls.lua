local a, b, c = f(), g()
a, b, c = f()
a, b = f(), g(), h()
t.x, t.y = f()
