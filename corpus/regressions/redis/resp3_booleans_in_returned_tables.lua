-- @profile: redis
-- After redis.setresp(3) the script client sends Lua booleans as RESP3 booleans, nested ones
-- included (a RESP2 caller sees 0 and 1); false no longer becomes a nil reply.
redis.setresp(3)
return {false, true, {false, {true, false}}, {map = {flag = false}}, {set = {member = true}}}
