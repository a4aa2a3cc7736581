-- Long brackets with levels 0..3; the first newline is dropped and nothing is escaped.
local a = [[hello]]
local b = [[
first line skipped]]
local c = [==[contains ]] and ]=] inside]==]
local d = [=[
a\nb "quotes" 'single']=]
local e = [===[]===]
local f = [[

two newlines, one kept]]
print(a, #a)
print(b, #b)
print(c, #c)
print(d, #d)
print(e == "", #e)
print(f, #f, f:byte(1))
local g = [=[
]=]
print(#g)
local h = [[a
b
c]]
print(#h, select(2, h:gsub("\n", "")))
print([[\t\0]] == "\\t\\0")
return [==[x]]y]==]
