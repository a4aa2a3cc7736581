-- @profile: redis
-- @engines: ferrous,redis
-- struct packs and unpacks binary data.
local packed = struct.pack(">I2i4", 258, -2)
local a, b, next_position = struct.unpack(">I2i4", packed)
return {#packed, packed:byte(1, -1), a, b, next_position, struct.size(">I2i4")}
