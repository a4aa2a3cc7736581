-- @profile: redis
-- @keys: user:1 user:2
-- @argv: alice bob 42
-- KEYS and ARGV hold the EVAL arguments.
redis.call("SET", KEYS[1], ARGV[1])
redis.call("SET", KEYS[2], ARGV[2])
return {#KEYS, #ARGV, KEYS[1], KEYS[2], ARGV[3], redis.call("GET", KEYS[2])}
