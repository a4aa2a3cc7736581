-- @profile: redis
-- Under RESP2 (the default) true is 1 and false a nil reply, at the top level and nested.
return {true, false, {false, true}}
