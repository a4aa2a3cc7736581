-- Identifiers, keywords as table keys, and names that only later versions reserve.
local _ = 1
local _x, x_, _X1, abc123 = 2, 3, 4, 5
print(_, _x, x_, _X1, abc123)
local goto = "goto is a plain name in 5.1"
print(goto)
local _ENV = "just a local"
print(_ENV)
local t = {["end"] = 1, ["while"] = 2, ["nil"] = 3, ["and"] = 4}
print(t["end"], t["while"], t["nil"], t["and"])
local keywords = {"and", "break", "do", "else", "elseif", "end", "false", "for",
  "function", "if", "in", "local", "nil", "not", "or", "repeat", "return", "then",
  "true", "until", "while"}
for _, k in ipairs(keywords) do
  local f, err = loadstring("local " .. k .. " = 1")
  print(k, f and "name" or err)
end
local f, err = loadstring("return t.end")
print(f, err)
local f2, err2 = loadstring("local continue = 1 return continue")
print(f2())
print(loadstring("local Local, END, True = 1, 2, 3 return Local + END + True")())
