-- Literal %%, invalid conversions and malformed specifications.
local f = string.format
print(f("100%%"), f("%%d"), f("%%%d%%", 5), f("no conversions"))
local specs = {
  "%", "%y", "%b", "%ld", "%lf", "%n", "%p", "%a", "%123d", "%1.123f", "%-----5d",
  "%#####5d", "%10.10s", "%.", "%5", "%-", "%1$d",
}
for _, spec in ipairs(specs) do
  print(string.format("%-10s", spec), pcall(f, spec, 1))
end
print(pcall(f))
print(pcall(f, 1))
print(pcall(f, {}))
print(f(12), f(1.5))
