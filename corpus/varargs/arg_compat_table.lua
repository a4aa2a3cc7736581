-- Lua 5.1 compatibility: a vararg function that never mentions "..." gets a local "arg" table.
local function legacy(...)
  return arg.n, arg[1], arg[2], arg[3], #arg
end
print(legacy("a", "b"))
print(legacy())
print(legacy(nil, nil))
print(legacy(1, nil, 3))
local function with_fixed(a, b, ...)
  return a, b, arg.n, arg[1]
end
print(with_fixed(1, 2, 3, 4))
print(with_fixed(1))
local function uses_dots(...)
  local n = select("#", ...)
  return n, type(arg)
end
print(uses_dots(1, 2))
local function mutate(...)
  arg[1] = "changed"
  arg.n = 99
  return arg[1], arg.n
end
print(mutate("orig"))
local function type_of_arg(...) return type(arg) end
print(type_of_arg(), type_of_arg(1))
