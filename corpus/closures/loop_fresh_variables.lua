-- Each loop iteration has its own local variables, so closures capture different ones.
local numeric = {}
for i = 1, 3 do numeric[i] = function() return i end end
print(numeric[1](), numeric[2](), numeric[3]())
local generic = {}
for k, v in ipairs({"a", "b", "c"}) do generic[k] = function() return k .. v end end
print(generic[1](), generic[2](), generic[3]())
local inside = {}
local n = 0
while n < 3 do
  n = n + 1
  local captured = n * 10
  inside[n] = function() captured = captured + 1 return captured end
end
print(inside[1](), inside[1](), inside[2](), inside[3]())
local rep = {}
local j = 0
repeat
  j = j + 1
  local copy = j
  rep[j] = function() return copy end
until copy >= 3
print(rep[1](), rep[2](), rep[3]())
local outer = {}
local shared = 0
for i = 1, 3 do outer[i] = function() shared = shared + i return shared end end
print(outer[1](), outer[2](), outer[3](), shared)
local modified = {}
for i = 1, 3 do
  local fn = function() return i end
  i = i * 100
  modified[#modified + 1] = fn
end
print(modified[1](), modified[2](), modified[3]())
return numeric[2]()
