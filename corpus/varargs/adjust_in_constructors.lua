-- In table constructors only the last positional call expands to all results.
local function three() return "a", "b", "c" end
local function none() end
local function show(t) local out = {} for i = 1, 6 do out[i] = tostring(t[i]) end return table.concat(out, " ") end
print(show({three()}))
print(show({three(), three()}))
print(show({three(), "x"}))
print(show({"x", three()}))
print(show({(three())}))
print(show({three(), nil}))
print(show({none(), three()}))
print(show({three(), none()}))
print(show({three(), k = "named"}))
print(#{none()}, #{none(), none()})
local function varargs(...) return {...}, {..., "last"}, {"first", ...} end
local a, b, c = varargs(1, 2)
print(show(a), "|", show(b), "|", show(c))
return #{three()}
