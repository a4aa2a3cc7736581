-- @profile: redis
-- INCRBYFLOAT and HINCRBYFLOAT compute in long double and print with %.17Lf, trimmed: sums a
-- double would round differently, results beyond double range, tiny increments lost.
local r = {}
r[#r + 1] = redis.call("INCRBYFLOAT", "f", "0.1")
r[#r + 1] = redis.call("INCRBYFLOAT", "f", "0.2")
r[#r + 1] = redis.call("INCRBYFLOAT", "f", "1e-20")
r[#r + 1] = redis.call("INCRBYFLOAT", "g", "1.5e300")
r[#r + 1] = #redis.call("INCRBYFLOAT", "g", "1e400")
r[#r + 1] = redis.pcall("INCRBYFLOAT", "g", "1e5000").err
r[#r + 1] = redis.call("INCRBYFLOAT", "n", "-0.0")
r[#r + 1] = redis.call("HINCRBYFLOAT", "h", "x", "10.5")
r[#r + 1] = redis.call("HINCRBYFLOAT", "h", "x", "0.1")
r[#r + 1] = redis.call("HINCRBYFLOAT", "h", "x", "-3.3333333333333333333")
r[#r + 1] = redis.pcall("HINCRBYFLOAT", "h", "x", "inf").err
return r
