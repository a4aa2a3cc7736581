-- @profile: redis
-- Only the first of several results is the reply.
return "first", "second", 3
