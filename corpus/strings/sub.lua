-- string.sub with every combination of positive, negative, zero and out-of-range indices.
local s = "abcdef"
local positions = {-8, -6, -3, -1, 0, 1, 3, 6, 7, 10}
for _, i in ipairs(positions) do
  local row = {}
  for _, j in ipairs(positions) do
    row[#row + 1] = "[" .. string.sub(s, i, j) .. "]"
  end
  print(i, table.concat(row))
end
print(s:sub(2), s:sub(-2), s:sub(0), s:sub(100))
print(s:sub(2.9, 4.1), s:sub("2", "3"))
print(("")
  :sub(1, 1) == "", ("x"):sub(1, 1), ("x"):sub(2, 1) == "")
print(("a\0b\0c"):sub(2, 4):byte(1, -1))
print(pcall(string.sub))
print(pcall(string.sub, "abc", "x"))
print(pcall(string.sub, "abc", 1, {}))
return s:sub(3, 4)
