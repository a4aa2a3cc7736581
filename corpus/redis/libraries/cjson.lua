-- @profile: redis
-- @engines: ferrous,redis
-- cjson encodes and decodes.
local decoded = cjson.decode('{"a":[1,2,{"b":null}],"c":"text"}')
return {cjson.encode({1, 2, 3}), cjson.encode("x\"y"), decoded.c, #decoded.a,
  tostring(decoded.a[3].b == cjson.null), cjson.encode({})}
