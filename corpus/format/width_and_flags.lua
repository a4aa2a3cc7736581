-- Flag, width and precision combinations, shown between brackets.
local f = string.format
print(f("[%10s][%-10s][%.3s][%10.3s][%-10.3s]", "hello", "hello", "hello", "hello", "hello"))
print(f("[%5s][%-5s][%.0s][%.10s]", "toolong", "ab", "gone", "short"))
print(f("[%8.3f][%-8.3f][%08.3f][%+.3f][% .3f]", 3.14159, 3.14159, -3.14159, 3.14159, 3.14159))
print(f("[%+e][%012.4e][%-12.2E|]", 12345.678, 12345.678, -0.5))
print(f("[%10g][%-10g][%010g][%+g]", 0.0001, 1e10, 2.5, 7))
print(f("[%99d]", 1):len(), f("[%.99f]", 1):len())
print(f("[%-+ 05d]", 3), f("[%- d]", 3), f("[%0-5d]", 3))
print(f("[%s][%5s][%-5s]", 12, 1.5, -1))
return f("[%4s]", "x")
