-- @profile: redis
-- A table with a string ok field is a status reply.
return {ok = "All good"}
