-- Equal strings are equal values however they were built; they index tables alike.
local built = {}
for i = 1, 3 do built[i] = "key" .. i end
local literal = {"key1", "key2", "key3"}
for i = 1, 3 do print(built[i] == literal[i], rawequal(built[i], literal[i])) end
local t = {}
t[built[1]] = "by built"
print(t.key1, t["key" .. 1])
local long1 = string.rep("long string ", 50)
local long2 = string.rep("long ", 50):gsub("long ", "long string ")
print(long1 == long2, #long1)
local h = {}
h[long1] = true
print(h[long2])
local s1 = ("abc"):upper():lower()
print(s1 == "abc", ("x" .. "y") == "xy")
return built[2] == "key2"
