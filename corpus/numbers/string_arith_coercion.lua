-- Strings convert to numbers in arithmetic when they look like numbers.
print("10" + 1, "10" - 1, "10" * "2", "10" / "4", "-3" + 0)
print(" 5 " + 0, "\t7\n" + 0, "0x10" + 0, "0XfF" * 1, "1e2" + 0, ".5" + 0, "5." + 0)
print("  0x1A  " + 0, "1E-2" * 100)
print(type("10" + 0), type(10 .. ""))
local bad = {"abc", "", " ", "1e", "0x", "1 2", "10a", "--1", "1..2", "nil"}
for _, s in ipairs(bad) do
  print(string.format("%q", s), pcall(function() return s + 1 end))
end
print(pcall(function() return {} + 1 end))
print(pcall(function() return 1 + true end))
print(pcall(function() local s = "x" return -s end))
print(-"2", -" 3 ", - -"4")
print("2" + "3" == 5, "2" .. "3" == "23")
return "8" / "2"
