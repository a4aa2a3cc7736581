-- Relational operators on numbers and strings, and the errors for mixed types.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 2 > 1, 1 == 1.0, 1 ~= 1)
print(-1 < 0, -0 < 0, math.huge > 1e308, -math.huge < -1e308)
print("a" < "b", "a" < "B", "abc" < "abd", "" < "a", "a" < "aa", "Z" < "a")
print("10" < "9", 10 < 9, "10" == 10, "a\0b" < "a\0c", "a\0" > "a")
local cases = {
  function() return 1 < "2" end,
  function() return "1" < 2 end,
  function() return 1 <= nil end,
  function() return {} < {} end,
  function() return true < false end,
  function() return nil > 1 end,
  function() return print < print end,
  function() return "x" >= 1 end,
}
for i, f in ipairs(cases) do print(i, pcall(f)) end
print(1 == "1", nil == false, {} == {}, "x" == "x")
return 1 < 2, "b" > "a"
