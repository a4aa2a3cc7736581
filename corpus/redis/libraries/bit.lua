-- @profile: redis
-- @engines: ferrous,redis
-- The bit library on 32-bit integers.
return {bit.band(0xff, 0x0f), bit.bor(1, 2, 4), bit.bxor(5, 3), bit.bnot(0),
  bit.lshift(1, 31), bit.rshift(-1, 28), bit.arshift(-16, 2), bit.tohex(255), bit.tobit(2^32 + 5)}
