-- Many protected calls in a loop: failures counted, messages grouped.
local function parse_number(s)
  local n = tonumber(s)
  if not n then error("not a number: " .. s, 0) end
  if n < 0 then error({negative = n}) end
  return n
end
local inputs = {"1", "x", "2.5", "-3", "", "1e2", "0x10", "abc", "-0.5"}
local sum, failures, negatives = 0, {}, 0
for _, s in ipairs(inputs) do
  local ok, v = pcall(parse_number, s)
  if ok then
    sum = sum + v
  elseif type(v) == "table" then
    negatives = negatives + 1
  else
    failures[#failures + 1] = v
  end
end
print(sum, negatives, #failures)
print(table.concat(failures, "; "))
local total = 0
for i = 1, 2000 do
  local ok = pcall(function() if i % 7 == 0 then error("x") end end)
  if not ok then total = total + 1 end
end
print(total)
