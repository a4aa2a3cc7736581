-- Everything print writes is captured.
print("hello", 1, 2.5, nil, true, false)
print()
print(1e100, -0.0, 2^63, 1/3)
io = nil
print(type(print), select("#", print()))
