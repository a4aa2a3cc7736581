-- Each character class counted over all 256 bytes, plus its complement (C locale).
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)
local classes = {"a", "c", "d", "l", "p", "s", "u", "w", "x", "z"}
for _, c in ipairs(classes) do
  local lower = select(2, all:gsub("%" .. c, ""))
  local upper = select(2, all:gsub("%" .. c:upper(), ""))
  local first = all:match("%" .. c)
  print(c, lower, upper, lower + upper, first and first:byte())
end
print(("hello world"):gsub("%a", "*"))
print(("a1 b2\tc3\n"):gsub("%s", "_"))
print(("Hello, World!"):gsub("%p", ""))
print(("MiXeD"):gsub("%u", "U"))
print(("0x1F g"):gsub("%x", "h"))
print(("a\0b"):gsub("%z", "Z"))
print(("tab\tbell\a"):gsub("%c", "?"))
print(("x.y"):gsub("%.", "DOT"), ("100%"):gsub("%%", " percent"))
