-- @profile: redis
-- @budget: 200000
-- A script that writes and then never ends cannot be killed in Redis; the bench stops it.
redis.call("SET", "k", "v")
while true do end
