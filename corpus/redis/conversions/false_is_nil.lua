-- @profile: redis
-- A top-level false is a nil reply.
return false
