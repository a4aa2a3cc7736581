-- @profile: redis
-- Lua numbers become integers truncated toward zero.
return {1, 2.7, -3.5, -0.5, 0.5, 1e15, -2^53, 7/2}
