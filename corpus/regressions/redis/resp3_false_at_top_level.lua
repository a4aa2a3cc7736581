-- @profile: redis
-- After redis.setresp(3) a returned false is a RESP3 false, which a RESP2 caller sees as 0.
redis.setresp(3)
return false
