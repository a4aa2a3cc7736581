-- The same seed gives the same numbers on both engines.
math.randomseed(42)
local draws = {}
for i = 1, 5 do draws[i] = math.random(1, 1000) end
return math.random(), unpack(draws)
