-- @profile: redis
-- Strings are bulk replies byte for byte.
return {"a\0b", string.char(255, 0, 1), ("x"):rep(3)}
