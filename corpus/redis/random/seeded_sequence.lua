-- @profile: redis
-- After math.randomseed the sequence is Redis's rand48 sequence.
math.randomseed(7)
local values = {}
for i = 1, 5 do values[i] = tostring(math.random()) end
return values
