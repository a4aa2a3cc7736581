-- @profile: redis
-- Nested tables become nested arrays.
return {1, {2, {3, {4, {}}}}, {"a", {"b"}}}
