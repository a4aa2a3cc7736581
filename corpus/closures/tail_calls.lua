-- Proper tail calls do not grow the stack, so very long tail-call chains run.
local function loop(n, acc) if n == 0 then return acc end return loop(n - 1, acc + n) end
print(loop(100000, 0))
local ping, pong
function ping(n) if n == 0 then return "ping done" end return pong(n - 1) end
function pong(n) if n == 0 then return "pong done" end return ping(n - 1) end
print(ping(50001), ping(50000))
local function count_down(n) if n > 0 then return count_down(n - 1) end return "bottom", n end
print(count_down(30000))
local function returns_many(n) if n == 0 then return 1, 2, 3 end return returns_many(n - 1) end
print(returns_many(1000))
local obj = {n = 0}
function obj:step(k) if k == 0 then return self.n end self.n = self.n + 1 return self:step(k - 1) end
print(obj:step(20000))
local function not_tail(n) if n == 0 then return 0 end return (not_tail(n - 1)) end
print(not_tail(1000))
return loop(10, 0)
