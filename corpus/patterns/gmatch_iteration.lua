-- gmatch iterates over matches, returning captures or the whole match.
for w in ("one two  three"):gmatch("%a+") do print("word", w) end
for k, v in ("a=1, b=2, c=3"):gmatch("(%w+)=(%w+)") do print(k, v) end
for pos, ch in ("abc"):gmatch("()(.)") do print(pos, ch) end
local empties = {}
for m in ("baaac"):gmatch("a*") do empties[#empties + 1] = "[" .. m .. "]" end
print(table.concat(empties))
local count = 0
for _ in (""):gmatch("") do count = count + 1 end
print(count)
count = 0
for _ in ("abc"):gmatch("") do count = count + 1 end
print(count)
local it = ("x1y2"):gmatch("%d")
print(it(), it(), it(), it())
local nums = {}
for n in ("3.14 -2 1e3 .5"):gmatch("%S+") do nums[#nums + 1] = tonumber(n) end
print(unpack(nums))
for a, b in ("ab"):gmatch("(a)(x?)") do print(a, "[" .. b .. "]") end
print(pcall(string.gmatch))
print(type(string.gfind), string.gfind and select("#", ("a b"):gmatch("%a")()))
return count
