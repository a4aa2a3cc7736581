-- @profile: redis
-- Creating a global fails.
new_global = 1
