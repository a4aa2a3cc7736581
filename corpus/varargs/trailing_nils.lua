-- Varargs keep trailing nils; tables built from them may not.
local function info(...)
  local t = {...}
  return select("#", ...), #t
end
print(info())
print(info(nil))
print(info(1, nil))
print(info(nil, nil, 3))
print(info(1, 2, 3, nil, nil))
local function pass(...) return ... end
print(select("#", pass(nil, nil, nil)))
print(pass(1, nil, 3))
local function second(...) local _, b = ... return b end
print(second(1), second(1, 2), second())
local function trail(...) return ..., "end" end
print(trail(1, 2, 3))
print(select("#", trail()))
return pass(nil, "x", nil)
