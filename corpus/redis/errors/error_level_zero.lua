-- @profile: redis
-- error() at level 0 adds no position.
error("plain message", 0)
