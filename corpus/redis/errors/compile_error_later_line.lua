-- @profile: redis
-- A compile error on a later line.
local a = 1
local b = 2
if a then
  return b
