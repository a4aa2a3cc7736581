-- Arbitrary-precision non-negative integers in base 10^7: addition, multiplication, comparison.
local BASE, WIDTH = 10000000, 7
local Big = {}
Big.__index = Big
local function normalize(digits)
  while #digits > 1 and digits[#digits] == 0 do digits[#digits] = nil end
  return setmetatable(digits, Big)
end
function Big.from(v)
  if type(v) == "number" then
    local d = {}
    repeat d[#d + 1] = v % BASE; v = math.floor(v / BASE) until v == 0
    return normalize(d)
  end
  local d = {}
  for i = #v, 1, -WIDTH do d[#d + 1] = tonumber(v:sub(math.max(1, i - WIDTH + 1), i)) end
  return normalize(d)
end
function Big.__add(a, b)
  a, b = type(a) == "number" and Big.from(a) or a, type(b) == "number" and Big.from(b) or b
  local r, carry = {}, 0
  for i = 1, math.max(#a, #b) do
    local s = (a[i] or 0) + (b[i] or 0) + carry
    r[i] = s % BASE
    carry = math.floor(s / BASE)
  end
  if carry > 0 then r[#r + 1] = carry end
  return normalize(r)
end
function Big.__mul(a, b)
  a, b = type(a) == "number" and Big.from(a) or a, type(b) == "number" and Big.from(b) or b
  local r = {}
  for i = 1, #a + #b do r[i] = 0 end
  for i = 1, #a do
    local carry = 0
    for j = 1, #b do
      local cur = r[i + j - 1] + a[i] * b[j] + carry
      r[i + j - 1] = cur % BASE
      carry = math.floor(cur / BASE)
    end
    local k = i + #b
    while carry > 0 do
      local cur = r[k] + carry
      r[k] = cur % BASE
      carry = math.floor(cur / BASE)
      k = k + 1
    end
  end
  return normalize(r)
end
function Big.__eq(a, b)
  if #a ~= #b then return false end
  for i = 1, #a do if a[i] ~= b[i] then return false end end
  return true
end
function Big.__lt(a, b)
  if #a ~= #b then return #a < #b end
  for i = #a, 1, -1 do if a[i] ~= b[i] then return a[i] < b[i] end end
  return false
end
function Big.__tostring(a)
  local parts = {tostring(a[#a])}
  for i = #a - 1, 1, -1 do parts[#parts + 1] = string.format("%07d", a[i]) end
  return table.concat(parts)
end
local function factorial(n) local r = Big.from(1) for i = 2, n do r = r * i end return r end
local function fib(n) local a, b = Big.from(0), Big.from(1) for _ = 1, n do a, b = b, a + b end return a end
print(factorial(20), string.format("%.0f", 2432902008176640000))
print(factorial(50))
local f100 = tostring(factorial(100))
print(#f100, f100:sub(1, 20), select(2, f100:gsub("0+$", "")) and #f100:match("0*$"))
print(fib(100))
print(fib(300))
local two = Big.from(2)
local p = Big.from(1)
for _ = 1, 128 do p = p * two end
print(p)
print(Big.from("123456789012345678901234567890") + Big.from("987654321098765432109876543210"))
print(Big.from("99999999999999") * Big.from("99999999999999"))
print(Big.from(10) < Big.from(9), Big.from("100000000000") > Big.from(99999999999), Big.from(0) == Big.from("0000"))
return tostring(factorial(25))
