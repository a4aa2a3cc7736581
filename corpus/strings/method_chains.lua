-- Method calls on string values chain; literals need parentheses.
local s = "  Hello, World  "
print(s:upper():lower():len())
print(("abc"):rep(2):upper():reverse())
print(("x"):rep(3):byte(1, -1))
local name = "lua"
print(name:upper() .. " " .. name:len() .. " " .. name:sub(1, 1):upper() .. name:sub(2))
local f, err = loadstring("return 'abc':upper()")
print(f, err)
local g = loadstring("return ('abc'):upper()")
print(g())
local h = loadstring("return #'abc':rep(2)")
print(h and "compiled" or "rejected")
return ("done"):upper()
