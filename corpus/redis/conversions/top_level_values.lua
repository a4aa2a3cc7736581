-- @profile: redis
-- A top-level boolean true is the integer 1.
return true
