-- @profile: redis
-- Functions become nil; an empty table is an empty array.
return {{}, 1, function() end, 2}
