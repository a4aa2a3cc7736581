-- Table constructors: positional, named, computed keys, separators and multiple results.
local function three() return 1, 2, 3 end
local t = {10, 20, 30; x = "ex", ["y"] = "why", [1 + 1] = "ignored?", 40,}
print(#t, t[1], t[2], t[3], t[4], t.x, t.y)
local e = {}
print(#e, next(e))
local last = {three()}
local middle = {three(), "end"}
local wrapped = {(three())}
print(#last, #middle, middle[1], middle[2], #wrapped)
local nested = {a = {b = {c = "deep"}}, {1, {2, {3}}}}
print(nested.a.b.c, nested[1][2][2][1])
local dup = {[1] = "explicit", "positional"}
print(dup[1])
local dup2 = {"positional", [1] = "explicit"}
print(dup2[1])
local keys = {[true] = "yes", [false] = "no", [1.5] = "float", ["1"] = "string one", [1] = "one"}
print(keys[true], keys[false], keys[1.5], keys["1"], keys[1])
local x = 5
local computed = {[x] = "five", [x * 2] = "ten", [x .. ""] = "str"}
print(computed[5], computed[10], computed["5"])
local big = {}
for i = 1, 60 do big[i] = i end
local literal = {1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,
  31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60, three()}
print(#literal, literal[50], literal[51], literal[63])
local funcs = {function() return "f1" end, g = function() return "g" end}
print(funcs[1](), funcs.g())
local withnil = {nil, nil, 3}
print(withnil[3], withnil[1])
return #t, t.x
