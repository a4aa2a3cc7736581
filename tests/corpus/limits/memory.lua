-- @memory: 2000000
-- Grows without bound: both engines run out of memory (inconclusive).
local parts = {}
local s = "x"
while true do
  s = s .. s
  parts[#parts + 1] = s
end
