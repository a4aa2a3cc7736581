-- @profile: redis
-- A table with a number double field is a double reply (a %.17g bulk string for RESP2).
return {{double = 0.1}, {double = 3}, {double = -2.5}}
