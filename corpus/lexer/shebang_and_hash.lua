-- loadstring does not skip a "#!" first line (only file loading does).
local f, err = loadstring("#!/usr/bin/lua\nreturn 1")
print(f, err)
local g, err2 = loadstring("# comment\nreturn 2")
print(g, err2)
local h = loadstring("return #'#!'")
print(h())
local t = {1, 2, 3}
print(#t, #"", #"\0\0")
