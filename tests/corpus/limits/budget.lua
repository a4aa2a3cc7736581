-- @budget: 100000
-- Runs forever: both engines hit the budget, which is inconclusive, never agreement.
local n = 0
while true do n = n + 1 end
