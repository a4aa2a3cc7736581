-- Which operand's metamethod runs, and with what argument order, for each binary event.
local function tagged(name)
  local mt = {}
  for _, ev in ipairs({"__add", "__sub", "__mul", "__div", "__mod", "__pow", "__concat"}) do
    mt[ev] = function(a, b)
      local function n(v) return type(v) == "table" and v.name or tostring(v) end
      return name .. ev .. "(" .. n(a) .. "," .. n(b) .. ")"
    end
  end
  return setmetatable({name = name}, mt)
end
local A, B = tagged("A"), tagged("B")
print(A + B, B + A)
print(A - 1, 1 - A, A * "2", "2" * A)
print(A / B, A % 2, 2 ^ B)
print(A .. B, "s" .. A, A .. 3)
print(1 + 2 .. "" == "3")
local only_right = setmetatable({name = "R"}, {__sub = function(a, b) return "R sees " .. type(a) .. "," .. type(b) end})
print({} - only_right, only_right - {})
