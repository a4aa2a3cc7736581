-- @profile: redis
-- Without keys and arguments both tables are empty.
return {#KEYS, #ARGV, type(KEYS), type(ARGV)}
