-- Empty patterns and patterns that can match the empty string.
print(("abc"):find(""), ("abc"):find("", 2), ("abc"):find("", 4), ("abc"):find("", 5))
print((""):find(""), (""):match(""), (""):gsub("", "x"))
print(("abc"):gsub("", "-"), ("abc"):gsub("x*", "-"), ("abc"):gsub("b*", "-"))
print(("abc"):gsub("%w-", "."), ("abc"):match("()", 4), ("abc"):match("()", 5))
print(("a,b,,c"):gsub(",?", "|"))
local parts = {}
for field in ("a,b,,c,"):gmatch("([^,]*)") do parts[#parts + 1] = "[" .. field .. "]" end
print(table.concat(parts))
return (""):gsub(".", "x")
