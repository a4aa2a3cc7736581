-- @profile: redis
-- @engines: ferrous,redis
-- cmsgpack packs and unpacks.
local packed = cmsgpack.pack({1, 2, "three", {x = 1}})
local unpacked = cmsgpack.unpack(packed)
return {#packed, unpacked[1], unpacked[3], unpacked[4].x, cmsgpack.pack(1, "a"):byte(1, -1)}
