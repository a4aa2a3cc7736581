-- @profile: redis
-- math.random(n) and math.random(m, n) after seeding.
math.randomseed(12345)
local values = {}
for i = 1, 6 do values[#values + 1] = math.random(10) end
for i = 1, 6 do values[#values + 1] = math.random(-5, 5) end
return values
