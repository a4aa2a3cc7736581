-- Escaping the magic characters ^$()%.[]*+-? so text matches literally.
local function escape(text) return (text:gsub("[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0")) end
local samples = {"a.b", "1+1=2", "(x)", "[y]", "50%", "^top$", "a*b?c-d"}
for _, sample in ipairs(samples) do
  local p = escape(sample)
  local haystack = "<<" .. sample .. ">>"
  print(sample, p, haystack:find(p), haystack:match(p) == sample)
end
print(("a.b"):find("."), ("a.b"):find("%."), ("a+b"):gsub("%+", " plus "))
print(("x%y"):gsub("%%", "%%%%"))
print(("path/to/file.txt"):match("([^/]+)%.(%w+)$"))
print(("C:\\dir\\file"):gsub("\\", "/"))
return escape("$5.00")
