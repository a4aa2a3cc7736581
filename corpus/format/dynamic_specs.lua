-- Format specifications built at run time: every width and precision from 0 to 12.
local value = 3.14159265358979
for width = 0, 12, 3 do
  local row = {}
  for precision = 0, 12, 4 do
    local spec = "%" .. width .. "." .. precision .. "f"
    row[#row + 1] = "[" .. string.format(spec, value) .. "]"
  end
  print(width, table.concat(row))
end
for precision = 0, 6 do
  print(precision, string.format("%." .. precision .. "s|%." .. precision .. "e", "abcdef", 1234.5))
end
for _, flag in ipairs({"", "-", "0", "+", " ", "#", "-+", "0+", "- "}) do
  local spec = "%" .. flag .. "8.3g"
  print(string.format("%-6s", spec), "[" .. string.format(spec, 42.5) .. "]")
end
