-- "..." belongs to its own function: inner functions cannot see the outer varargs.
local f, err = loadstring("local function outer(...) return function() return ... end end")
print(f, err)
local g, err2 = loadstring("function plain() return ... end")
print(g, err2)
local function outer(...)
  local captured = {n = select("#", ...), ...}
  return function() return unpack(captured, 1, captured.n) end
end
print(outer(1, 2, nil)())
local function with_arg_compat(...)
  return function() return type(arg) end
end
print(with_arg_compat(1)())
local h = loadstring("return function(a, ...) local x = ... return a, x end")
print(h()(1, 2, 3))
