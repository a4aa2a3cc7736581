-- @profile: redis
-- MIGRATE where nothing listens: argument checks in Redis's order, NOKEY when no key is here,
-- the write to an address failing; keys stay. (No host name: resolving one may wait on DNS.)
local r = {}
local function p(...) local ok, e = pcall(redis.call, ...) r[#r+1] = ok and e or ("ERR: " .. tostring(type(e) == "table" and e.err or e)) end
redis.call('set', 'a', 1)
p('migrate', '127.0.0.1', '1', 'a', '0', '100')
p('migrate', '127.0.0.1', '1', 'nokey', '0', '100')
p('migrate', '127.0.0.1', '1', '', '0', '100', 'keys', 'nokey', 'nokey2')
p('migrate', '127.0.0.1', '1', '', '0', '100', 'keys', 'a', 'nokey2')
p('migrate', '127.0.0.1', '1', 'a', '0', '100', 'keys', 'a')
p('migrate', '127.0.0.1', '1', 'a', 'x', '100')
p('migrate', '127.0.0.1', '1', 'a', '0', 'y')
p('migrate', '127.0.0.1', '1', 'a', 'x', 'y')
p('migrate', '127.0.0.1', '1', 'a', '0', '100', 'bogus')
p('migrate', '127.0.0.1', '1', 'a', '0', '100', 'auth')
p('migrate', '127.0.0.1', '1', 'a', '0', '100', 'auth2', 'u')
p('migrate', '127.0.0.1', '1', 'a', '0', '100', 'copy', 'replace', 'auth', 'pw', 'auth2', 'u', 'p')
p('migrate', '127.0.0.1', 'notaport', 'a', '0', '100')
p('migrate', '127.0.0.1', '1', 'nokey', 'x', '100')
p('migrate', '127.0.0.1', '1', 'nokey', '0', '-5')
p('migrate', '127.0.0.1', '1', 'a', '0', '100', 'bogus', 'keys')
p('migrate', '127.0.0.1', '1', '', '0', '100', 'keys')
p('migrate', '127.0.0.1', '1', 'a')
p('get', 'a')
return r
