-- @profile: redis
-- A number error value gets a position too.
error(42)
