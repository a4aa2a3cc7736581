-- @profile: redis
-- error() with a string gets the position of the call.
error("something broke")
