-- The main chunk is a vararg function: loadstring chunks receive their call arguments.
print("script arguments:", select("#", ...))
local chunk = assert(loadstring("local a, b = ... return select('#', ...), a, b"))
print(chunk())
print(chunk(1))
print(chunk(1, 2, 3))
local echo = assert(loadstring("return ..."))
print(echo("x", nil, "z"))
print(select("#", echo(nil, nil)))
local sum = assert(loadstring([[
  local total = 0
  for i = 1, select("#", ...) do total = total + select(i, ...) end
  return total
]]))
print(sum(1, 2, 3, 4, 5))
local nested, err = loadstring("return function() return ... end")
print(nested, err)
