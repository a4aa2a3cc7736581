-- Roman numerals: encoding, strict decoding, and a round trip over 1..3999.
local numerals = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
  {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}
local function to_roman(n)
  if type(n) ~= "number" or n ~= math.floor(n) or n < 1 or n > 3999 then
    error("cannot convert " .. tostring(n) .. " to a roman numeral", 2)
  end
  local out = {}
  for _, pair in ipairs(numerals) do
    while n >= pair[1] do out[#out + 1] = pair[2]; n = n - pair[1] end
  end
  return table.concat(out)
end
local values = {I = 1, V = 5, X = 10, L = 50, C = 100, D = 500, M = 1000}
local function from_roman(s)
  if s == "" or s:find("[^IVXLCDM]") then error("invalid roman numeral '" .. s .. "'", 2) end
  local total, i = 0, 1
  while i <= #s do
    local v, nxt = values[s:sub(i, i)], values[s:sub(i + 1, i + 1)]
    if nxt and nxt > v then total = total + nxt - v; i = i + 2 else total = total + v; i = i + 1 end
  end
  if to_roman(total) ~= s then error("non-canonical roman numeral '" .. s .. "'", 2) end
  return total
end
for _, n in ipairs({1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999}) do print(n, to_roman(n)) end
local ok_count, longest, longest_n = 0, "", 0
for n = 1, 3999 do
  local r = to_roman(n)
  if from_roman(r) == n then ok_count = ok_count + 1 end
  if #r > #longest then longest, longest_n = r, n end
end
print(ok_count, longest_n, longest)
for _, bad in ipairs({"IIII", "VX", "ABC", "", "MMMM", "IC"}) do print(bad, pcall(from_roman, bad)) end
for _, bad in ipairs({0, 4000, 2.5, "10"}) do print(bad, pcall(to_roman, bad)) end

-- Arithmetic and sorting on numerals: convert, compute, convert back.
local function roman_op(a, op, b)
  local x, y = from_roman(a), from_roman(b)
  local result
  if op == "+" then result = x + y
  elseif op == "-" then result = x - y
  elseif op == "*" then result = x * y
  else error("unsupported operator " .. op, 2) end
  return to_roman(result)
end
print(roman_op("XIV", "+", "XXVIII"), roman_op("MM", "-", "I"), roman_op("XII", "*", "XII"))
print(pcall(roman_op, "V", "-", "X"))
print(pcall(roman_op, "V", "/", "X"))
local years = {"MCMLXXXIV", "MMXXIV", "MCMXCIX", "DCCLXXVI", "MMI", "CDXCII"}
table.sort(years, function(a, b) return from_roman(a) < from_roman(b) end)
for i, y in ipairs(years) do years[i] = y .. "=" .. from_roman(y) end
print(table.concat(years, " "))
local digit_counts = {}
for n = 1, 3999 do
  for c in to_roman(n):gmatch(".") do digit_counts[c] = (digit_counts[c] or 0) + 1 end
end
print(digit_counts.I, digit_counts.V, digit_counts.X, digit_counts.L, digit_counts.C, digit_counts.D, digit_counts.M)
