-- @profile: redis
-- Seeding twice with the same value repeats the sequence.
math.randomseed(99)
local a = {math.random(1000), math.random(1000)}
math.randomseed(99)
local b = {math.random(1000), math.random(1000)}
return {a[1] == b[1] and a[2] == b[2], a[1], a[2]}
