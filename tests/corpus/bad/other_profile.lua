-- @profile: redis
-- @keys: user:1
return KEYS[1]
