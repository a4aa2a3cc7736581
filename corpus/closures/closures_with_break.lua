-- Breaking out of loops closes the upvalues of the loop body.
local fs = {}
for i = 1, 10 do
  local v = i * 2
  fs[#fs + 1] = function() v = v + 1 return v end
  if i == 3 then break end
end
print(#fs, fs[1](), fs[2](), fs[3](), fs[3]())
local captured = {}
local k = 0
while true do
  k = k + 1
  local mine = "iteration " .. k
  captured[k] = function() return mine end
  if k >= 4 then break end
end
print(captured[1](), captured[4]())
local found
for _, word in ipairs({"alpha", "beta", "gamma"}) do
  if word:sub(1, 1) == "b" then
    found = function() return word:upper() end
    break
  end
end
print(found())
local until_closures = {}
local i = 0
repeat
  i = i + 1
  local stop = i >= 3
  until_closures[i] = function() return stop end
until stop
print(until_closures[1](), until_closures[3]())
return #fs
