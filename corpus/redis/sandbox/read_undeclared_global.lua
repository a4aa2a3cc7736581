-- @profile: redis
-- Reading an undeclared global fails.
return undeclared_variable
