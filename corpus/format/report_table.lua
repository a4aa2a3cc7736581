-- Formatting an aligned report: columns, padding, totals.
local items = {
  {"apple", 3, 0.5}, {"banana", 12, 0.25}, {"cherry", 100, 0.1}, {"durian", 1, 12.75},
}
local line = string.rep("-", 36)
print(string.format("%-10s %6s %8s %8s", "item", "qty", "price", "total"))
print(line)
local grand = 0
for _, it in ipairs(items) do
  local total = it[2] * it[3]
  grand = grand + total
  print(string.format("%-10s %6d %8.2f %8.2f", it[1], it[2], it[3], total))
end
print(line)
print(string.format("%-10s %6s %8s %8.2f", "total", "", "", grand))
print(string.format("%-10s %23.1f%%", "tax", 7.5))
return string.format("%.2f", grand)
