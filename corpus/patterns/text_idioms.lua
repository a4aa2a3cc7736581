-- Everyday text processing with patterns: trim, split, key=value, words, CSV-ish parsing.
local function trim(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end
local function split(s, sep)
  local out = {}
  for piece in (s .. sep):gmatch("(.-)" .. sep:gsub("%p", "%%%0")) do out[#out + 1] = piece end
  return out
end
print("[" .. trim("  \t padded text \n ") .. "]", "[" .. trim("") .. "]", "[" .. trim("   ") .. "]")
local fields = split("alpha,beta,,gamma", ",")
print(#fields, table.concat(fields, "|"))
print(table.concat(split("a.b.c", "."), " "))
local config = "name = demo\n# comment\nsize=10\n  mode =  fast  \n"
local settings = {}
for line in config:gmatch("[^\n]+") do
  local k, v = line:match("^%s*([%w_]+)%s*=%s*(.-)%s*$")
  if k then settings[#settings + 1] = k .. "->" .. v end
end
print(table.concat(settings, "; "))
local text = "The quick brown fox jumps over the lazy dog the end"
local freq = {}
for w in text:lower():gmatch("%a+") do freq[w] = (freq[w] or 0) + 1 end
print(freq.the, freq.fox, freq.cat)
print(("camelCaseName"):gsub("(%u)", function(c) return "_" .. c:lower() end))
print(("snake_case_name"):gsub("_(%a)", string.upper))
print(("%d items at $%.2f"):gsub("%%", "%%%%"))
print(("  many   spaces   here "):gsub("%s+", " "))
return trim("  x  ")
